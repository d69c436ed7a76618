#include "pdf/document_extras.h"

// qpdf 11: use std::shared_ptr, not the deprecated PointerHolder.
#define POINTERHOLDER_TRANSITION 4
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>

namespace jianli::pdf {
namespace {

std::string xml_escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string info_value(QPDF& pdf, const char* key) {
  QPDFObjectHandle info = pdf.getTrailer().getKey("/Info");
  if (!info.isDictionary()) return {};
  QPDFObjectHandle value = info.getKey(key);
  return value.isString() ? value.getUTF8Value() : std::string();
}

std::string alt(const std::string& tag, const std::string& value) {
  return "<" + tag + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(value) +
         "</rdf:li></rdf:Alt></" + tag + ">\n";
}

std::string simple(const std::string& tag, const std::string& value) {
  return "<" + tag + ">" + xml_escaped(value) + "</" + tag + ">\n";
}

}  // namespace

void add_xmp_metadata(QPDF& pdf, const std::string& lang) {
  std::string title = info_value(pdf, "/Title"), author = info_value(pdf, "/Author");
  std::string subject = info_value(pdf, "/Subject"), keywords = info_value(pdf, "/Keywords");
  std::string creator = info_value(pdf, "/Creator"), producer = info_value(pdf, "/Producer");
  std::string body;
  if (!title.empty()) body += alt("dc:title", title);
  if (!author.empty())
    body += "<dc:creator><rdf:Seq><rdf:li>" + xml_escaped(author) +
            "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!subject.empty()) body += alt("dc:description", subject);
  if (!lang.empty())
    body += "<dc:language><rdf:Bag><rdf:li>" + xml_escaped(lang) +
            "</rdf:li></rdf:Bag></dc:language>\n";
  if (!keywords.empty()) body += simple("pdf:Keywords", keywords);
  if (!producer.empty()) body += simple("pdf:Producer", producer);
  if (!creator.empty()) body += simple("xmp:CreatorTool", creator);
  // The packet header's id is the fixed one XMP prescribes; no begin/end dates, no UUID.
  std::string xmp =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
      "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
      "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n" +
      body + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
  QPDFObjectHandle stream = QPDFObjectHandle::newStream(&pdf, xmp);
  stream.getDict().replaceKey("/Type", QPDFObjectHandle::newName("/Metadata"));
  stream.getDict().replaceKey("/Subtype", QPDFObjectHandle::newName("/XML"));
  pdf.getRoot().replaceKey("/Metadata", stream);
}

void attach_files(QPDF& pdf, const std::vector<model::AttachedFile>& files) {
  if (files.empty()) return;
  QPDFEmbeddedFileDocumentHelper embedded(pdf);
  QPDFObjectHandle associated = QPDFObjectHandle::newArray();
  for (const model::AttachedFile& file : files) {
    QPDFEFStreamObjectHelper stream = QPDFEFStreamObjectHelper::createEFStream(pdf, file.bytes);
    stream.setSubtype(file.mime);
    QPDFFileSpecObjectHelper spec =
        QPDFFileSpecObjectHelper::createFileSpec(pdf, file.name, stream);
    spec.setDescription(file.description);
    QPDFObjectHandle handle = spec.getObjectHandle();
    handle.replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Source"));
    embedded.replaceEmbeddedFile(file.name, spec);
    associated.appendItem(handle);
  }
  pdf.getRoot().replaceKey("/AF", associated);
}

}  // namespace jianli::pdf
