"""重复意见: identical and near-identical comments, grouped with a count.

Mass campaigns send the same text many times, or the same template with a
word changed (the FCC's 2017 net-neutrality docket received millions of
such comments). Staff see each group once with its count, and can approve
or hide it at once; a campaign counts as many comments in the feedback,
but reads as one.

Texts are compared after normalisation (NFKC, case, whitespace and
punctuation removed). Near duplicates are found by their character
bigrams: each distinct text is sketched by the ``SKETCH`` bigrams with the
smallest hash (a consistent sample, so similar texts share most of it);
texts sharing a sketched bigram are candidates, and candidates whose bigram
sets have a Jaccard similarity of at least ``THRESHOLD`` join one group.
About linear in the number of comments, not quadratic. Pure Python.
"""

import heapq
import unicodedata


THRESHOLD = 0.8
SKETCH = 8
MAX_CANDIDATES = 40  # per sketched bigram: common ones are in many texts


def normalize(text):
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return "".join(char for char in text if unicodedata.category(char)[0] not in "PZSC")


def bigrams(normal):
    if len(normal) < 2:
        return {normal} if normal else set()
    return {normal[i : i + 2] for i in range(len(normal) - 1)}


def sketch(grams):
    """The bigrams with the smallest hashes (Python's: stable in a process)."""
    return heapq.nsmallest(SKETCH, grams, key=hash)


def jaccard(first, second):
    if not first and not second:
        return 1.0
    return len(first & second) / len(first | second)


def groups(comments, threshold=THRESHOLD):
    """Groups of two or more comments with the same or nearly the same text,
    biggest first; each group in the order given."""
    comments = list(comments)
    normals = [normalize(c.text) for c in comments]
    parent = list(range(len(comments)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i, j):
        first, second = find(i), find(j)
        if first != second:
            parent[max(first, second)] = min(first, second)

    exact = {}
    for index, normal in enumerate(normals):
        if normal in exact:
            union(exact[normal], index)
        else:
            exact[normal] = index
    # near duplicates among the distinct texts
    distinct = list(exact.values())
    grams = {index: bigrams(normals[index]) for index in distinct}
    buckets = {}
    for index in distinct:
        if len(grams[index]) < 4:
            continue  # too short to call "nearly the same"
        for gram in sketch(grams[index]):
            others = buckets.setdefault(gram, [])
            for other in others[-MAX_CANDIDATES:]:
                if find(other) != find(index) and (
                    jaccard(grams[index], grams[other]) >= threshold
                ):
                    union(other, index)
            others.append(index)
    found = {}
    for index in range(len(comments)):
        found.setdefault(find(index), []).append(comments[index])
    result = [group for group in found.values() if len(group) > 1]
    result.sort(key=lambda group: -len(group))
    return result


def group_of(comments, threshold=THRESHOLD):
    """{comment key: (group number, size)} for the comments in a group."""
    marks = {}
    for number, group in enumerate(groups(comments, threshold), start=1):
        for comment in group:
            marks[comment.key] = (number, len(group))
    return marks
