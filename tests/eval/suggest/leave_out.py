"""Leave-out check of `newsgraph suggest` on the real-news development half.

The annotators' missing names are few in the development half (the gazetteer was filled
from it), so this makes many: the people and organizations its `.ents` files name are
split into four folds by a hash of the name, and for each fold a copy of the built-in
gazetteer without them is written to a temporary folder. `newsgraph suggest --no-builtin
--gazetteer COPY` then runs over the half, and a hidden name counts as proposed when one
of the first 100 rows names it, by the rule of `src/eval/suggested.rs` (the same folded
words, or the name's words in order when it has two or more, in the row's name or
alias). Names are hidden as the gazetteer writes them, so a name the text only writes
otherwise ("Zelenskyy", "Kishida Fumio") counts as missed even when proposed.

    cargo build --release --locked --bins
    python3 tests/eval/suggest/leave_out.py [--limit N] [--list]

Prints the share proposed and, with --list, the names it missed. Development half only:
never run it on the held-out half.
"""
import argparse
import glob
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
FOLDS = 4
# The affiliation column of each file that has one.
AFFILIATION = {'people.tsv': 2, 'organizations.tsv': 3, 'places.tsv': 2, 'countries.tsv': 3}


def words(name):
    folded = unicodedata.normalize('NFKD', name)
    folded = ''.join(c for c in folded if not unicodedata.combining(c)).lower()
    return [w for w in re.split(r'[^\w]+', folded) if w]


def proposes(row, wanted):
    if not wanted:
        return False
    if row == wanted:
        return True
    return len(wanted) >= 2 and any(
        row[i:i + len(wanted)] == wanted for i in range(len(row) - len(wanted) + 1))


def hidden_gazetteer(folder, hidden):
    """Writes the built-in gazetteer without the `hidden` people and organizations
    (affiliations naming them left empty) to `folder`; returns the names removed."""
    shutil.copytree(os.path.join(ROOT, 'gazetteer'), folder,
                    ignore=shutil.ignore_patterns('tools', '*.md'))
    removed = set()
    for name in ('people.tsv', 'organizations.tsv'):
        path = os.path.join(folder, name)
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        kept = []
        for line in lines:
            if not line.startswith('#') and line.split('\t')[0] in hidden:
                removed.add(line.split('\t')[0])
            else:
                kept.append(line)
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(kept))
    for name, column in AFFILIATION.items():
        path = os.path.join(folder, name)
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        out = []
        for line in lines:
            cols = line.split('\t')
            if not line.startswith('#') and len(cols) > column and cols[column] in removed:
                cols[column] = ''
            out.append('\t'.join(cols))
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(out))
    return removed


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--limit', type=int, default=100)
    parser.add_argument('--list', action='store_true', help='print the names missed')
    args = parser.parse_args()
    binary = os.path.join(ROOT, 'target', 'release', 'newsgraph')
    if not os.path.exists(binary):
        sys.exit(f'{binary} is missing: build it first with cargo build --release --locked --bins')
    half = os.path.join(ROOT, 'tests', 'eval', 'met', 'real', 'dev')
    names = {}
    for path in sorted(glob.glob(os.path.join(half, '*.ents'))):
        with open(path, encoding='utf-8') as f:
            for line in f:
                cols = line.rstrip('\n').split('\t')
                if len(cols) >= 2 and cols[0] in ('person', 'org'):
                    names[cols[1].split('#')[0].strip()] = cols[0]
    total = proposed = 0
    missed = []
    with tempfile.TemporaryDirectory() as work:
        for fold in range(FOLDS):
            hidden = {n for n in names if hashlib.sha256(n.encode()).digest()[0] % FOLDS == fold}
            folder = os.path.join(work, f'fold-{fold}')
            removed = hidden_gazetteer(folder, hidden)
            run = subprocess.run(
                [binary, 'suggest', half, '--no-builtin', '--gazetteer', folder,
                 '--limit', str(args.limit)],
                capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f'newsgraph suggest failed on fold {fold}:\n{run.stderr}')
            rows = [line.split('\t') for line in run.stdout.split('\n')
                    if line and not line.startswith('#') and not line.startswith('name\t')]
            forms = [[words(r[0])] + [words(a) for a in r[1].split('|') if a] for r in rows]
            for name in sorted(removed):
                total += 1
                wanted = words(name)
                if any(proposes(row, wanted) for row_forms in forms for row in row_forms):
                    proposed += 1
                else:
                    missed.append(f'  not proposed  fold {fold}  {names[name]:6} {name}')
    print(f'leave-out: {proposed} of {total} hidden development names proposed '
          f'in the first {args.limit} rows ({proposed / max(total, 1):.3f})')
    if args.list:
        print('\n'.join(missed))


if __name__ == '__main__':
    main()
