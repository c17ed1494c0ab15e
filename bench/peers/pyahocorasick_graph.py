#!/usr/bin/env python3
"""Co-mention graph of gazetteer entities with pyahocorasick (a Python peer of newsgraph).

One Aho-Corasick automaton over the lowercased aliases scans each lowercased sentence;
matches must start and end at word boundaries, overlaps keep the leftmost, then longest,
match; aliases in capitals must match the text exactly. Every two distinct entities of a
sentence add 1 to the weight of their edge.

usage: pyahocorasick_graph.py --gazetteer DIR --corpus FILE.jsonl --out FILE.json [--limit-bytes N]
"""

import string

import ahocorasick

import common

_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def lower_same_length(text):
    """``text.lower()``, unless that changes the length (a few characters such as "İ"
    lowercase to two), in which case only ASCII letters are lowercased, so that offsets
    in the result are offsets in ``text``."""
    low = text.lower()
    if len(low) != len(text):
        low = text.translate(_ASCII_LOWER)
    return low


def build_automaton(gazetteer):
    variants = {}  # lowercased alias -> [(exact text or None, entity)], exact ones first
    for alias in gazetteer.aliases:
        variants.setdefault(alias.text.lower(), []).append(
            (alias.text if alias.caps_only else None, alias.entity)
        )
    automaton = ahocorasick.Automaton()
    for key, options in variants.items():
        options.sort(key=lambda option: option[0] is None)
        automaton.add_word(key, (len(key), tuple(options)))
    automaton.make_automaton()
    return automaton


def find_mentions(automaton, text):
    """The entities named in ``text``, in order, as whole-word, leftmost-longest,
    non-overlapping matches."""
    low = lower_same_length(text)
    n = len(low)
    candidates = []
    for end, (length, options) in automaton.iter(low):
        start = end - length + 1
        if (start > 0 and low[start - 1].isalnum()) or (end + 1 < n and low[end + 1].isalnum()):
            continue
        for exact, entity in options:
            if exact is None or text[start : end + 1] == exact:
                candidates.append((start, -length, entity))
                break
    candidates.sort()
    mentions = []
    taken = 0  # end of the last kept match
    for start, neg_length, entity in candidates:
        if start >= taken:
            mentions.append(entity)
            taken = start - neg_length
    return mentions


def build(args):
    gazetteer = common.load_gazetteer(args.gazetteer)
    automaton = build_automaton(gazetteer)
    builder = common.GraphBuilder(gazetteer)
    for text in common.read_corpus(args.corpus, args.limit_bytes):
        builder.documents += 1
        for sentence in common.split_sentences(text):
            mentions = find_mentions(automaton, sentence)
            if mentions:
                builder.add_mentions(mentions)
                builder.add_sentence(set(mentions))
    return builder


if __name__ == "__main__":
    common.run(__doc__.splitlines()[0], build)
