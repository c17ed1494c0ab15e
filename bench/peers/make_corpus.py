#!/usr/bin/env python3
"""Write a JSON Lines benchmark corpus made by recombining the sentences of corpus/*.txt.

usage: make_corpus.py OUT.jsonl [--mb 10] [--seed 1] [--corpus DIR]

Each document is 2 to 8 paragraphs of 1 to 5 sentences drawn at random (seeded, so the
output is the same every run) from the sample articles; documents are written until the
file reaches the requested size. Standard library only.
"""

import argparse
import json
import random
import re
from pathlib import Path

SENTENCE_END = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201D\u2019)]))\s+(?=[A-Z\"'\u201C\u2018])"
)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--mb", type=float, default=10.0, help="size in MB (10**6 bytes)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "corpus"))
    args = p.parse_args()
    sentences = []
    for path in sorted(Path(args.corpus).glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            sentences += [s for s in SENTENCE_END.split(line.strip()) if s]
    rng = random.Random(args.seed)
    target = int(args.mb * 1_000_000)
    written = documents = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while written < target:
            paragraphs = [
                " ".join(rng.choices(sentences, k=rng.randint(1, 5)))
                for _ in range(rng.randint(2, 8))
            ]
            line = json.dumps({"id": f"doc{documents}", "text": "\n".join(paragraphs)}, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            documents += 1
    print(f"{args.out}: {documents} documents, {written} bytes from {len(sentences)} sentences")


if __name__ == "__main__":
    main()
