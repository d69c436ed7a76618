// placeholder until the layout engine lands
