// EXPECT_THROW accepts any message, so a test of one refusal passes on another (a
// missing file for a malformed one). `throws` checks both, as fmt's EXPECT_THROW_MSG
// does, with a part of the message rather than all of it: messages carry paths.
//   EXPECT_TRUE(throws<model::InputError>([&] { load_layout("a", dirs); }, "extends"));
#pragma once

#include <cxxabi.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <exception>
#include <memory>
#include <string>
#include <string_view>
#include <typeinfo>

namespace jianli::test {

inline std::string type_name(const std::type_info& type) {
  int status = 0;
  std::unique_ptr<char, decltype(&std::free)> name(
      abi::__cxa_demangle(type.name(), nullptr, nullptr, &status), &std::free);
  return status == 0 ? name.get() : type.name();
}

// Success when `statement` throws an `Error` (or a subclass of it) whose what() contains
// `message_part`.
template <class Error, class Statement>
::testing::AssertionResult throws(Statement&& statement, std::string_view message_part) {
  try {
    statement();
  } catch (const Error& e) {
    std::string_view message = e.what();
    if (message.find(message_part) != std::string_view::npos) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "threw \"" << message << "\", which does not say \"" << message_part << "\"";
  } catch (const std::exception& e) {
    return ::testing::AssertionFailure() << "threw " << type_name(typeid(e)) << " (\"" << e.what()
                                         << "\"), not " << type_name(typeid(Error));
  }
  return ::testing::AssertionFailure() << "threw nothing; expected " << type_name(typeid(Error));
}

}  // namespace jianli::test
