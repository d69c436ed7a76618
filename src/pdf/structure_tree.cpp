#include "pdf/structure_tree.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace jianli::pdf {
namespace {

using model::StructureType;

// One kid of an element, in reading order: an element, a marked-content sequence or a link
// annotation on a page.
struct Kid {
  enum class Kind { Element, Content, Annotation } kind;
  int element = 0;  // Element
  size_t page = 0;  // Content, Annotation
  int mcid = 0;     // Content
  QPDFObjectHandle annotation;
};

QPDFObjectHandle name(const std::string& value) { return QPDFObjectHandle::newName(value); }

// Kids in the order their content is drawn: an element joins its parent when its first
// content is met, so that a paragraph's link sits between the text before and after it.
std::vector<std::vector<Kid>> gather_kids(const std::vector<model::StructureElement>& structure,
                                          const std::vector<QPDFPageObjectHelper>& pages,
                                          const std::vector<PageMarks>& marks) {
  std::vector<std::vector<Kid>> kids(structure.size());
  std::vector<bool> attached(structure.size(), false);
  auto attach = [&](int element) {
    // Up the ancestors (a loop, not recursion: lists nest as deep as the résumé has them).
    while (element > 0 && !attached[element]) {
      attached[element] = true;
      const int parent = structure[element].parent;
      if (parent < 0 || parent >= element)
        throw std::runtime_error("structure element " + std::to_string(element) + " has parent " +
                                 std::to_string(parent));
      kids[parent].push_back({Kid::Kind::Element, element});
      element = parent;
    }
  };
  auto check = [&](int element) {
    if (element < 0 || element >= static_cast<int>(structure.size()))
      throw std::runtime_error("a page names structure element " + std::to_string(element) +
                               " of " + std::to_string(structure.size()));
  };
  for (size_t p = 0; p < pages.size(); ++p) {
    const std::vector<int>& content = marks[p].marked_content;
    for (size_t mcid = 0; mcid < content.size(); ++mcid) {
      check(content[mcid]);
      kids[content[mcid]].push_back({Kid::Kind::Content, 0, p, static_cast<int>(mcid)});
      attach(content[mcid]);
    }
    QPDFObjectHandle page = pages[p].getObjectHandle();
    QPDFObjectHandle annots = page.getKey("/Annots");
    const std::vector<int>& links = marks[p].annotations;
    const int count = annots.isArray() ? annots.getArrayNItems() : 0;
    if (count != static_cast<int>(links.size()))
      throw std::runtime_error("page " + std::to_string(p + 1) + " has " + std::to_string(count) +
                               " annotations, not " + std::to_string(links.size()));
    for (int k = 0; k < count; ++k) {
      if (links[k] == model::kArtifact) continue;
      check(links[k]);
      kids[links[k]].push_back({Kid::Kind::Annotation, 0, p, 0, annots.getArrayItem(k)});
      attach(links[k]);
    }
  }
  // The Document reads in source order (a sidebar draws one column after the other).
  std::stable_sort(kids[0].begin(), kids[0].end(), [&](const Kid& a, const Kid& b) {
    return structure[a.element].line < structure[b.element].line;
  });
  // An element of elements only (a table, a row, a list) reads them in the order the layout
  // made them, which is the reading order: images are drawn before text, so a row whose cell
  // holds a Figure was met first and read before the header row above it.
  for (size_t e = 1; e < kids.size(); ++e) {
    const bool elements_only = std::all_of(kids[e].begin(), kids[e].end(), [](const Kid& kid) {
      return kid.kind == Kid::Kind::Element;
    });
    if (elements_only)
      std::stable_sort(kids[e].begin(), kids[e].end(),
                       [](const Kid& a, const Kid& b) { return a.element < b.element; });
  }
  return kids;
}

}  // namespace

const char* structure_type_name(StructureType type) {
  switch (type) {
    case StructureType::Document:
      return "Document";
    case StructureType::H1:
      return "H1";
    case StructureType::H2:
      return "H2";
    case StructureType::H3:
      return "H3";
    case StructureType::H4:
      return "H4";
    case StructureType::H5:
      return "H5";
    case StructureType::H6:
      return "H6";
    case StructureType::P:
      return "P";
    case StructureType::L:
      return "L";
    case StructureType::LI:
      return "LI";
    case StructureType::Lbl:
      return "Lbl";
    case StructureType::LBody:
      return "LBody";
    case StructureType::Table:
      return "Table";
    case StructureType::TR:
      return "TR";
    case StructureType::TH:
      return "TH";
    case StructureType::TD:
      return "TD";
    case StructureType::Figure:
      return "Figure";
    case StructureType::Link:
      return "Link";
    case StructureType::BlockQuote:
      return "BlockQuote";
    case StructureType::Code:
      return "Code";
  }
  return "NonStruct";
}

void add_structure_tree(QPDF& pdf, const std::vector<QPDFPageObjectHelper>& pages,
                        const std::vector<model::StructureElement>& structure,
                        const std::vector<PageMarks>& marks) {
  if (structure.empty()) return;
  if (marks.size() != pages.size())
    throw std::runtime_error("structure marks for " + std::to_string(marks.size()) +
                             " pages, not " + std::to_string(pages.size()));
  const std::vector<std::vector<Kid>> kids = gather_kids(structure, pages, marks);

  QPDFObjectHandle root = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
  std::vector<QPDFObjectHandle> elements(structure.size());
  // Made in tree order, parents first, so that object numbers follow the reading.
  std::vector<int> order{0};
  for (size_t i = 0; i < order.size(); ++i)
    for (const Kid& kid : kids[order[i]])
      if (kid.kind == Kid::Kind::Element) order.push_back(kid.element);
  for (int e : order) elements[e] = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());

  std::vector<QPDFObjectHandle> page_parents;  // by page: the element of each MCID
  for (const PageMarks& m : marks) {
    QPDFObjectHandle array = QPDFObjectHandle::newArray();
    for (int element : m.marked_content) array.appendItem(elements[element]);
    page_parents.push_back(array);
  }
  QPDFObjectHandle nums = QPDFObjectHandle::newArray();
  for (size_t p = 0; p < pages.size(); ++p) {
    QPDFObjectHandle page = pages[p].getObjectHandle();
    page.replaceKey("/StructParents", QPDFObjectHandle::newInteger(p));
    nums.appendItem(QPDFObjectHandle::newInteger(p));
    nums.appendItem(pdf.makeIndirectObject(page_parents[p]));
  }
  int next_key = static_cast<int>(pages.size());

  for (int e : order) {
    const model::StructureElement& element = structure[e];
    QPDFObjectHandle dict = elements[e];
    dict.replaceKey("/Type", name("/StructElem"));
    dict.replaceKey("/S", name(std::string("/") + structure_type_name(element.type)));
    dict.replaceKey("/P", e == 0 ? root : elements[element.parent]);
    if (element.type == StructureType::Figure)
      dict.replaceKey("/Alt", QPDFObjectHandle::newUnicodeString(element.alt));
    if (!element.lang.empty())
      dict.replaceKey("/Lang", QPDFObjectHandle::newUnicodeString(element.lang));
    QPDFObjectHandle k = QPDFObjectHandle::newArray();
    size_t pg = pages.size();  // the page of the element's first content: its /Pg
    for (const Kid& kid : kids[e]) {
      if (kid.kind == Kid::Kind::Element) {
        k.appendItem(elements[kid.element]);
        continue;
      }
      QPDFObjectHandle page = pages[kid.page].getObjectHandle();
      if (pg == pages.size()) {
        pg = kid.page;
        dict.replaceKey("/Pg", page);
      }
      if (kid.kind == Kid::Kind::Content && kid.page == pg) {
        k.appendItem(QPDFObjectHandle::newInteger(kid.mcid));
      } else if (kid.kind == Kid::Kind::Content) {
        QPDFObjectHandle mcr = QPDFObjectHandle::newDictionary();
        mcr.replaceKey("/Type", name("/MCR"));
        mcr.replaceKey("/Pg", page);
        mcr.replaceKey("/MCID", QPDFObjectHandle::newInteger(kid.mcid));
        k.appendItem(mcr);
      } else {
        QPDFObjectHandle objr = QPDFObjectHandle::newDictionary();
        objr.replaceKey("/Type", name("/OBJR"));
        objr.replaceKey("/Pg", page);
        objr.replaceKey("/Obj", kid.annotation);
        k.appendItem(objr);
        QPDFObjectHandle annotation = kid.annotation;
        annotation.replaceKey("/StructParent", QPDFObjectHandle::newInteger(next_key));
        nums.appendItem(QPDFObjectHandle::newInteger(next_key++));
        nums.appendItem(dict);
      }
    }
    dict.replaceKey("/K", k);
  }

  QPDFObjectHandle parent_tree = QPDFObjectHandle::newDictionary();
  parent_tree.replaceKey("/Nums", nums);
  root.replaceKey("/Type", name("/StructTreeRoot"));
  root.replaceKey("/K", elements[0]);
  root.replaceKey("/ParentTree", pdf.makeIndirectObject(parent_tree));
  root.replaceKey("/ParentTreeNextKey", QPDFObjectHandle::newInteger(next_key));

  QPDFObjectHandle catalog = pdf.getRoot();
  catalog.replaceKey("/StructTreeRoot", root);
  QPDFObjectHandle mark_info = QPDFObjectHandle::newDictionary();
  mark_info.replaceKey("/Marked", QPDFObjectHandle::newBool(true));
  catalog.replaceKey("/MarkInfo", mark_info);
  // Tab through links in structure order (PDF/UA-1 7.18.3).
  for (const QPDFPageObjectHelper& helper : pages) {
    QPDFObjectHandle page = helper.getObjectHandle();
    if (page.getKey("/Annots").isArray()) page.replaceKey("/Tabs", name("/S"));
  }
}

}  // namespace jianli::pdf
