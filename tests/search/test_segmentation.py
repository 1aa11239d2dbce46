"""Chinese word segmentation for the search (jieba with zwgk's dictionary)."""

from zwgk.search import segmentation
from zwgk.search.splitter import ChineseSplitter


def test_words_are_words_not_bigrams():
    assert segmentation.words("电子办公平台") == ["电子", "办公", "平台"]
    assert "公平" not in segmentation.words("电子办公平台")


def test_domain_dictionary_and_stop_words():
    words = segmentation.words("关于提高城乡低保和特困人员的标准")
    assert {"低保", "特困人员", "标准"} <= set(words)
    assert not {"关于", "和", "的"} & set(words)  # function words are dropped
    assert "社会救助" in segmentation.words("社会救助领域")  # a pilot area's name


def test_query_words_add_sub_words_and_synonyms():
    words = segmentation.search_words("公租房")
    assert words[0] == "公租房"
    assert "公共租赁住房" in words
    assert "最低生活保障" in segmentation.search_words("低保")
    assert "毕业生" in segmentation.search_words("高校毕业生")


def test_numbers_and_codes_stay_whole():
    assert segmentation.words("11360100014456017U/2026-00003") == [
        "11360100014456017U",
        "2026",
        "00003",
    ]


def test_splitter_indexes_sub_words_after_the_text():
    """A phrase search sees the text's own words side by side; sub-words come
    after them, and a query's words are looked up without them."""
    splitter = ChineseSplitter()
    indexed = splitter.process(["高校毕业生就业"])
    assert indexed[:2] == ["高校毕业生", "就业"]
    assert {"毕业生", "毕业"} <= set(indexed[2:])
    assert splitter.process_post_glob(["高校毕业生就业"]) == ["高校毕业生", "就业"]
    assert splitter.processGlob(["低保* abc*"]) == ["低保", "abc*"]
