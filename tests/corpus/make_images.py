#!/usr/bin/python3
# Generates the corpus's raster images (photo-like JPEGs, PNGs with alpha) into tests/data/corpus/images.
import os
import random
from PIL import Image, ImageDraw, ImageFilter

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "corpus"))

def portrait(path, size, bg_top, bg_bottom, shirt, hair, seed, fmt="JPEG", alpha=False):
    random.seed(seed)
    w, h = size
    img = Image.new("RGBA", size)
    d = ImageDraw.Draw(img)
    for y in range(h):  # studio backdrop gradient
        t = y / h
        c = tuple(int(a + (b - a) * t) for a, b in zip(bg_top, bg_bottom))
        d.line([(0, y), (w, y)], fill=c + (255,))
    d.ellipse([w*0.12, h*0.62, w*0.88, h*1.25], fill=shirt + (255,))          # shoulders
    d.rectangle([w*0.42, h*0.50, w*0.58, h*0.68], fill=(224, 184, 150, 255))  # neck
    d.ellipse([w*0.28, h*0.16, w*0.72, h*0.62], fill=(236, 198, 164, 255))   # face
    d.chord([w*0.26, h*0.10, w*0.74, h*0.50], 180, 360, fill=hair + (255,))  # hair
    for ex in (0.41, 0.59):
        d.ellipse([w*(ex-0.03), h*0.37, w*(ex+0.03), h*0.41], fill=(50, 40, 35, 255))
    d.arc([w*0.42, h*0.45, w*0.58, h*0.53], 20, 160, fill=(170, 90, 80, 255), width=2)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    px = img.load()
    for _ in range(0 if alpha else w * h // 6):  # sensor grain, so the JPEG is photo-like
        x, y = random.randrange(w), random.randrange(h)
        r, g, b, a = px[x, y]
        n = random.randint(-10, 10)
        px[x, y] = (max(0, min(255, r+n)), max(0, min(255, g+n)), max(0, min(255, b+n)), a)
    if alpha:  # a round avatar: transparent outside the circle
        mask = Image.new("L", size, 0)
        ImageDraw.Draw(mask).ellipse([0, 0, w-1, h-1], fill=255)
        img.putalpha(mask)
        img.save(path, "PNG", optimize=True)
    else:
        img.convert("RGB").save(path, fmt, quality=72, optimize=True)

portrait("images/photo.jpg", (250, 350), (120, 150, 190), (200, 215, 235), (40, 60, 90), (30, 25, 20), 1)
portrait("images/headshot.jpg", (240, 320), (210, 205, 200), (150, 140, 135), (90, 30, 40), (70, 45, 25), 2)
portrait("images/zhengjianzhao.jpg", (295, 413), (60, 110, 200), (60, 110, 200), (25, 25, 30), (15, 15, 15), 3)
portrait("images/avatar.png", (160, 160), (230, 230, 230), (180, 190, 200), (30, 80, 60), (20, 20, 20), 4, alpha=True)

# a company logo with a transparent background, as résumés put beside an employer
logo = Image.new("RGBA", (160, 48), (0, 0, 0, 0))
d = ImageDraw.Draw(logo)
d.rounded_rectangle([2, 4, 44, 44], radius=9, fill=(230, 90, 40, 255))
d.polygon([(12, 34), (23, 12), (34, 34)], fill=(255, 255, 255, 230))
d.rectangle([54, 16, 150, 22], fill=(60, 60, 60, 200))
d.rectangle([54, 28, 120, 33], fill=(60, 60, 60, 140))
logo.save("images/logo-qingyun.png", "PNG", optimize=True)
