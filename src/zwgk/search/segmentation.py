"""Chinese word segmentation (中文分词) for the portal's search.

jieba splits 最低生活保障标准 into 最低 / 生活 / 保障 / 标准 where Plone's
splitter makes the bigrams 最低 低生 生活 活保 保障 障标 标准, which match
any text sharing two characters. Loading jieba's dictionary takes about a
second, so it happens once per process, on first use.
"""

from functools import lru_cache
from zwgk import DATA

import logging
import re
import threading
import warnings


USER_WORDS = DATA / "search_words.txt"
SYNONYMS = DATA / "search_synonyms.txt"

# Function words that carry no meaning for a search (虚词).
STOP_WORDS = frozenset(
    [
        "的",
        "地",
        "得",
        "了",
        "和",
        "与",
        "及",
        "或",
        "等",
        "在",
        "对",
        "为",
        "于",
        "是",
        "将",
        "把",
        "被",
        "由",
        "从",
        "以",
        "其",
        "之",
        "关于",
        "有关",
        "进行",
        "一个",
        "我们",
        "你们",
        "他们",
        "以及",
        "并",
        "并且",
        "要",
        "也",
        "就",
        "都",
        "而",
        "着",
        "吗",
        "呢",
        "吧",
        "啊",
        "怎么",
        "如何",
        "什么",
        "哪些",
        "哪里",
        "多少",
    ]
)
# What a word is made of: letters, digits, CJK (no punctuation or spaces).
WORD = re.compile(r"\w+")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")

_lock = threading.Lock()
_tokenizer = None


def tokenizer():
    """The shared jieba tokenizer with the domain words, loaded once."""
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                _tokenizer = _load()
    return _tokenizer


def _load():
    with warnings.catch_warnings():
        # jieba 0.42 imports pkg_resources, deprecated by setuptools
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    for word, freq in domain_words():
        tk.add_word(word, freq)
    for group in _synonym_groups():
        for word in group:
            tk.add_word(word, 2000)  # cut as one word, so the synonym applies
    return tk


def domain_words():
    """The user dictionary: search_words.txt plus the pilot areas' names."""
    from zwgk.vocabularies import csv_terms

    words = []
    for line in USER_WORDS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, freq = line.partition(" ")
            words.append((word, int(freq or 1000)))
    words.extend((title, 2000) for _token, title in csv_terms("areas.csv"))
    return words


def _keep(word):
    return word not in STOP_WORDS and WORD.fullmatch(word) is not None


@lru_cache(maxsize=20000)
def _cut(text):
    return tuple(w for w in tokenizer().lcut(text) if _keep(w))


def words(text):
    """The words of ``text`` in order (jieba's accurate mode), no stop words."""
    result = []
    for run in WORD.findall(text or ""):
        result.extend(_cut(run) if CJK.search(run) else (run,))
    return result


def sub_words(word):
    """The dictionary words inside a long word (高校毕业生: 高校, 毕业, 毕业生).

    Indexed too, so a search for 毕业 finds 高校毕业生 (what jieba's
    cut_for_search does).
    """
    if len(word) <= 2 or not CJK.search(word):
        return []
    freq = tokenizer().FREQ
    found = []
    for size in (2, 3):
        for start in range(len(word) - size + 1):
            part = word[start : start + size]
            if part != word and freq.get(part) and _keep(part):
                found.append(part)
    return found


def _synonym_groups():
    lines = SYNONYMS.read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and line[0] != "#"]


@lru_cache(maxsize=1)
def synonyms():
    """word -> the other words of its group (低保 -> 最低生活保障)."""
    groups = {}
    for group in _synonym_groups():
        for word in group:
            groups.setdefault(word, []).extend(w for w in group if w != word)
    return groups


def search_words(text):
    """Words of a citizen's query, each once: its words, the sub-words of long
    ones and their synonyms (a query for 低保 also finds 最低生活保障)."""
    seen = []
    for word in words(text):
        for w in (word, *sub_words(word), *synonyms().get(word, ())):
            if w not in seen:
                seen.append(w)
    return seen
