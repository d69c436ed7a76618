// Recognises entries: headings, paragraphs and list items that start with a date range
// ("2023年2月-至今，美团，大模型方向", "**2021年——2023年**，北京大学…",
// "Feb 2023 – Present, Meituan, …") and records the dates apart in the model.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace jianli::parse {

// The entry at the start of `inlines`, if they start with a date range followed
// by a separator and a title.
std::optional<model::Entry> find_entry(const model::Inlines& inlines);

// Fills Block::entry for every heading and paragraph, in list items too.
void find_entries(std::vector<model::Block>& blocks);

}  // namespace jianli::parse
