#!/usr/bin/python3
"""The corpus checker's own judgements, on made-up text and word boxes: run with
/usr/bin/python3 tests/corpus/test_check_corpus.py"""
import os
import stat
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_corpus import FOREIGN_PAGE_NUMBER, check_bad, check_leaks, check_tables, loose  # noqa: E402


def word(text, x, y, page=1, width=None, height=10.0):
    """A pdftotext word box: (page, text, xMin, yMin, xMax, yMax)."""
    return (page, text, x, y, x + (width or 6.0 * len(text)), y + height)


KEY_VALUE = {"align": ["left", "left"], "rows": [["姓名", "林书远"], ["出生年月", "1996"]]}


class Leaks(unittest.TestCase):
    def kinds(self, text):
        return {kind for kind, _ in check_leaks(text, "")}

    def test_markup_that_should_have_been_interpreted_is_caught(self):
        self.assertEqual(self.kinds('<div align="center">林书远</div>'), {"tag"})
        self.assertEqual(self.kinds("杭州&emsp;西湖"), {"entity"})
        self.assertEqual(self.kinds("call &#x1F4DE;"), {"entity"})
        self.assertEqual(self.kinds("{{ page.email }}"), {"liquid"})
        self.assertEqual(self.kinds("{% include contact.html %}"), {"liquid"})
        self.assertEqual(self.kinds(":iphone: 138"), {"shortcode"})
        self.assertEqual(self.kinds("the 10^th^ percentile"), {"markdown"})
        self.assertEqual(self.kinds("codes.[^phd]"), {"markdown"})

    def test_ordinary_resume_text_is_not_caught(self):
        text = ("https://github.com/x — 2019.06 ~ 2020.01 — C++ & Rust — at 06:00 — a < b — "
                "Health & Wellness — 1st — H₂O")
        self.assertEqual(self.kinds(text), set())

    def test_bookmarks_are_checked_too(self):
        self.assertEqual(check_leaks("", "<b>教育经历</b>")[0][0], "tag")


class Tables(unittest.TestCase):
    def test_a_grid_passes(self):
        words = [word("姓名", 50, 100), word("林书远", 120, 100), word("出生年月", 50, 115), word("1996", 120.4, 115)]
        self.assertEqual(check_tables(words, [KEY_VALUE]), [])

    def test_cells_set_as_text_lines_fail(self):
        # "姓名 | 林书远" and "出生年月 | 1996": the second column starts wherever the first ends
        words = [word("姓名", 50, 100), word("|", 65, 100), word("林书远", 74, 100),
                 word("出生年月", 50, 115), word("|", 77, 115), word("1996", 86, 115)]
        failures = check_tables(words, [KEY_VALUE])
        self.assertEqual(len(failures), 1)
        self.assertIn("column 2", failures[0][1])

    def test_a_cell_centred_beside_a_taller_one_is_in_its_row(self):
        # "Infra-/structure" on two lines, its value centred between them; the label hyphenated
        table = {"align": ["left", "left"], "rows": [["Infrastructure", "Kubernetes"], ["Cloud", "AWS"]]}
        words = [word("Infra-", 50, 100), word("structure", 50, 112), word("Kubernetes", 120, 106),
                 word("Cloud", 50, 130), word("AWS", 120, 130)]
        self.assertEqual(check_tables(words, [table]), [])

    def test_a_row_whose_cells_are_far_apart_vertically_is_not_found(self):
        words = [word("姓名", 50, 100), word("林书远", 120, 160), word("出生年月", 50, 115), word("1996", 120, 115)]
        self.assertIn("not found", check_tables(words, [KEY_VALUE])[0][1])

    def test_centred_and_right_aligned_columns_compare_their_centres_and_right_edges(self):
        table = {"align": ["left", "center", "right"], "rows": [["Go", "精通", "7"], ["Python", "熟练", "12"]]}
        words = [word("Go", 50, 100), word("精通", 150, 100, width=20), word("7", 294, 100, width=6),
                 word("Python", 50, 115), word("熟练", 150, 115, width=20), word("12", 288, 115, width=12)]
        self.assertEqual(check_tables(words, [table]), [])
        words[5] = word("12", 294, 115, width=12)  # left edges shared, right edges 6 pt apart
        self.assertIn("right edges", check_tables(words, [table])[0][1])


    FOUR = {"align": ["left"] * 4, "key_value": True,
            "rows": [["学历", "硕士", "政治面貌", "中共党员"], ["籍贯", "湖南长沙", "工作年限", "3"]]}

    def test_a_key_value_grid_folded_to_pairs_in_order_passes(self):
        words = [word("学历", 50, 100), word("硕士", 100, 100), word("政治面貌", 50, 115), word("中共党员", 100, 115),
                 word("籍贯", 50, 130), word("湖南长沙", 100, 130), word("工作年限", 50, 145), word("3", 100, 145)]
        self.assertEqual(check_tables(words, [self.FOUR]), [])

    def test_a_key_value_grid_folded_pair_by_pair_under_named_pairs_passes(self):
        # 项目 内容 over 学历 and 籍贯, again over 政治面貌 and 工作年限 (the header is not in the rows)
        words = [word("学历", 50, 100), word("硕士", 100, 100), word("籍贯", 50, 115), word("湖南长沙", 100, 115),
                 word("政治面貌", 50, 145), word("中共党员", 100, 145), word("工作年限", 50, 160), word("3", 100, 160)]
        self.assertEqual(check_tables(words, [self.FOUR]), [])

    def test_pairs_out_of_order_or_misaligned_fail(self):
        swapped = [word("籍贯", 50, 100), word("湖南长沙", 100, 100), word("工作年限", 50, 115), word("3", 100, 115),
                   word("学历", 50, 130), word("硕士", 100, 130), word("政治面貌", 50, 145), word("中共党员", 100, 145)]
        self.assertIn("not found", check_tables(swapped, [self.FOUR])[0][1])
        ragged = [word("学历", 50, 100), word("硕士", 100, 100), word("政治面貌", 50, 115), word("中共党员", 104, 115),
                  word("籍贯", 50, 130), word("湖南长沙", 100, 130), word("工作年限", 50, 145), word("3", 100, 145)]
        self.assertIn("column 2", check_tables(ragged, [self.FOUR])[0][1])

    def test_a_field_broken_inside_fails_in_a_key_value_grid_only(self):
        # 中共党/员: the value wrapped in a column too narrow for it
        words = [word("学历", 50, 100), word("硕士", 80, 100), word("政治面貌", 110, 100), word("中共党", 160, 95),
                 word("员", 160, 105), word("籍贯", 50, 120), word("湖南长沙", 80, 120), word("工作年限", 110, 120),
                 word("3", 160, 120)]
        self.assertIn("not found", check_tables(words, [self.FOUR])[0][1])
        prose = dict(self.FOUR, key_value=False)
        self.assertEqual(check_tables(words, [prose]), [], "a Chinese cell may wrap in a table of text")

    def test_only_a_prefix_ending_between_han_characters_starts_a_cell(self):
        table = {"align": ["left", "left"], "rows": [["Spark", "百亿级样本的特征生产"]]}
        self.assertEqual(check_tables([word("Spark", 50, 100), word("百亿级样本", 100, 100)], [table]), [])
        self.assertIn("not found", check_tables([word("Spark", 50, 100), word("百", 100, 100)], [table])[0][1])
        latin = {"align": ["left", "left"], "rows": [["Spark", "Hive"]]}
        self.assertIn("not found", check_tables([word("Spark", 50, 100), word("Hi", 100, 100)], [latin])[0][1])


    def test_a_table_stacked_in_order_at_one_edge_passes(self):
        table = {"align": ["left", "left", "right"], "rows": [["Infrastructure", "Kubernetes", "5"], ["Cloud", "AWS", "6"]]}
        stacked = [word("Infrastructure", 50, 100), word("Kubernetes", 50, 112), word("5", 50, 124),
                   word("Cloud", 50, 140), word("AWS", 50, 152), word("6", 50, 164)]
        self.assertEqual(check_tables(stacked, [table]), [])
        stacked[4] = word("AWS", 58, 152)  # off the column's edge
        self.assertIn("not found", check_tables(stacked, [table])[0][1])
        out_of_order = [word("Cloud", 50, 100), word("AWS", 50, 112), word("6", 50, 124),
                        word("Infrastructure", 50, 140), word("Kubernetes", 50, 152), word("5", 50, 164)]
        self.assertIn("not found", check_tables(out_of_order, [table])[0][1])

    def test_a_stacked_table_whose_values_follow_their_columns_names_passes(self):
        table = {"align": ["left", "left"], "rows": [["Infrastructure", "Kubernetes"], ["Cloud", "AWS"]]}
        labelled = [word("Area:", 50, 100), word("Infrastructure", 86, 100), word("Right", 50, 112),
                    word("to", 86, 112), word("work:", 100, 112), word("Kubernetes", 136, 112),
                    word("Area:", 50, 124), word("Cloud", 86, 124), word("技能：AWS", 50, 136)]
        self.assertEqual(check_tables(labelled, [table]), [])
        labelled[5] = word("Helm", 136, 112)  # another value after the name
        self.assertIn("not found", check_tables(labelled, [table])[0][1])
        labelled[5] = word("Kubernetes", 136, 112)
        labelled[8] = word("技能", 50, 136)  # a name with no value after it
        self.assertIn("not found", check_tables(labelled, [table])[0][1])


class Strings(unittest.TestCase):
    def test_line_breaks_and_hyphenation_do_not_hide_a_string(self):
        self.assertIn(loose("Prometheus, Grafana, Loki, OpenTelemetry"),
                      loose("Prometheus, Grafana, Loki, OpenTele-\nmetry"))
        self.assertIn(loose("专业排名前10%"), loose("专业排名前 10%"))


class PageNumbers(unittest.TestCase):
    def test_page_numbers_in_the_other_language_are_caught(self):
        self.assertTrue(FOREIGN_PAGE_NUMBER["zh"].search("自我评价\nPage 1 of 2"))
        self.assertTrue(FOREIGN_PAGE_NUMBER["en"].search("Skills\n第1页/共2页"))
        self.assertTrue(FOREIGN_PAGE_NUMBER["en"].search("Skills\n第 1 页 / 共 2 页"))

    def test_page_numbers_in_the_own_language_pass(self):
        self.assertFalse(FOREIGN_PAGE_NUMBER["zh"].search("第 1 页 / 共 2 页 — 1 — 1 / 2"))
        self.assertFalse(FOREIGN_PAGE_NUMBER["en"].search("Page 1 of 2 — 1 — 1/2"))


class BadInput(unittest.TestCase):
    """check_bad against a stand-in for jianli: a shell script that answers as told."""

    EXPECT = {"messages": [{"line": 7, "says": "corrupt.png"}]}

    def judge(self, script):
        with tempfile.TemporaryDirectory() as scratch:
            fake = os.path.join(scratch, "jianli")
            with open(fake, "w") as f:
                f.write("#!/bin/sh\n" + script + "\n")
            os.chmod(fake, stat.S_IRWXU)
            return {kind for kind, _ in check_bad(fake, "bad/corrupt-image.md", "classic", self.EXPECT, scratch)}

    def test_a_located_error_and_no_pdf_passes(self):
        self.assertEqual(self.judge("echo 'bad/corrupt-image.md:7:13: error: corrupt.png is not a PNG' >&2; exit 1"), set())

    def test_an_error_without_a_column_fails(self):
        self.assertEqual(self.judge("echo 'corrupt-image.md:7: error: corrupt.png is not a PNG' >&2; exit 1"), {"message"})

    def test_a_warning_at_another_line_fails(self):
        self.assertEqual(self.judge("echo 'corrupt-image.md:3: warning: corrupt.png' >&2; touch \"$4\""), {"message"})

    def test_a_crash_fails(self):
        self.assertEqual(self.judge("kill -SEGV $$"), {"render", "message"})


if __name__ == "__main__":
    unittest.main()
