"""A ZCTextIndex word splitter that segments Chinese into words (jieba).

The lexicon calls ``process`` when it indexes a text, ``processGlob`` when
it parses a query and ``process_post_glob`` when it looks a query's words
up, so indexing can add what querying must not: the sub-words of long words
(高校毕业生 also as 毕业生, 毕业) go after the text's own words, so a phrase
search still sees the text's words side by side.
"""

from Products.ZCTextIndex.interfaces import ISplitter
from Products.ZCTextIndex.PipelineFactory import element_factory
from zope.interface import implementer
from zwgk.search import segmentation

import contextlib
import re


NAME = "zwgk Chinese word splitter"
GLOB_WORD = re.compile(r"\w+[\w*?]*")


@implementer(ISplitter)
class ChineseSplitter:
    """Word Splitter pipeline element: jieba words, no stop words."""

    def process(self, lst):
        words, extra = [], []
        for text in lst:
            for word in segmentation.words(text):
                words.append(word)
                extra.extend(segmentation.sub_words(word))
        return words + extra

    def processGlob(self, lst):
        result = []
        for text in lst:
            for run in GLOB_WORD.findall(text):
                if segmentation.CJK.search(run):
                    # 低保* means nothing in Chinese: look for the words
                    result.extend(segmentation.words(run.replace("*", "")))
                else:
                    result.append(run)
        return result

    def process_post_glob(self, lst):
        return [word for text in lst for word in segmentation.words(text)]


with contextlib.suppress(ValueError):  # registered already (module reloaded)
    element_factory.registerFactory("Word Splitter", NAME, ChineseSplitter)
