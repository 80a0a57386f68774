#!/usr/bin/env python3
"""Keep translations/candor_es.ts in step with the code (plain python3, no extra packages).

    python3 tools/translations.py            # = update: lupdate, carry translations over, check, report
    python3 tools/translations.py check      # no lupdate: counts and consistency problems only
    python3 tools/translations.py update --memory old.ts   # also borrow translations from another .ts

Why a script and not just lupdate: lupdate matches a message by (context, source text, comment). When a class is
renamed or a string moves to another class (TrainTextTaskJob -> TrainTextJob), lupdate marks the old message
"vanished" and adds the new one unfinished and empty; its own heuristics only look inside one context. This script
reads every translation the file holds before lupdate runs (vanished ones included, so the .ts itself is the
translation memory), then fills each empty unfinished message from a translation of the same source text (same
comment, same plural-ness) found anywhere in that memory. A source with one known translation is filled and
marked finished; a source translated differently in several places is filled with the closest context's
translation but left unfinished for a person to confirm. Vanished entries whose source text is translated again
in a live message are dropped (their translation now lives there); the others stay as memory. Last in line, the
rows "| `Official name` | Spanish |" of translations/README.md's glossary (technique, role, stance names) fill
those names once the code shows them through tr().

The check compares each translation with its source: the same %1..%99 / %L1 / %n placeholders, one & accelerator
where the source has one (and no clash inside a menu of MENUS), the same HTML tags, the same leading/trailing
whitespace, newlines and tabs, and the same final ':' or '…'. Exit status: 0 when every live message is finished
and consistent, 1 otherwise (so a test or CI step can call `check`).
"""

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TS = os.path.join('translations', 'candor_es.ts')
# The folders with user-visible strings, as the update_translations target in app/gui/CMakeLists.txt scans them.
# -I . lets lupdate resolve the root-relative includes ("widgets/main/MainWindow.h"); without it it cannot see
# that classes live in namespace candor and writes contexts without "candor::", which tr() never looks up.
LUPDATE_ARGS = ['-I', '.', '-locations', 'none', 'core', 'app/jobs', 'widgets', 'app/gui']

# Menus whose accelerators must not clash, by their English entries (the translation of each is checked).
# Entries the catalogue no longer has are skipped; extend the lists when a menu gains an entry.
MENUS = {
    'menu bar': ['&File', '&Edit', '&View', '&Go', '&Models', '&Jobs', '&Help'],
    'File': ['&New project…', '&Open project…', 'Open &sample project', '&Import files…', 'Import &folder…',
             '&Export…', '&Report…', '&Close project', '&Quit'],
    'Edit': ['&Undo', '&Redo', 'Stance &keys…'],
    'View': ['&Reset layout', '&Appearance'],
    'View > Appearance': ['Follow the &system', '&Light', '&Dark'],
    'Go': ['&Next item', '&Previous item', 'Next &unreviewed', 'Next most un&certain', '&Find items…',
           'Focus item &text'],
    'Models': ['Active &task', '&Train…', '&Retrain with the last settings', 'Predict current &item',
               'Predict current &filter', 'Predict &all items', '&Evaluate on dev'],
    'Jobs': ['&Cancel job', 'Cancel &all jobs', 'C&lear ended jobs'],
    'Help': ['&Keyboard shortcuts', '&About Candor'],
    'Stance keys dialog': ['&Support', '&Deny', '&Query', '&Comment'],
}


# ---------------------------------------------------------------------------------------------------------------
# Reading and writing the .ts

class Message:
    """One <message> of the .ts, with a handle on its element so changes go back into the tree."""

    def __init__(self, context, element):
        self.context = context
        self.element = element
        self.source = element.findtext('source') or ''
        self.comment = element.findtext('comment') or ''
        self.numerus = element.get('numerus') == 'yes'
        self.translation = element.find('translation')
        if self.translation is None:
            self.translation = ET.SubElement(element, 'translation', type='unfinished')

    @property
    def state(self):
        """'finished', 'unfinished', 'vanished' or 'obsolete'."""
        return self.translation.get('type') or 'finished'

    @property
    def live(self):
        return self.state in ('finished', 'unfinished')

    def forms(self):
        """The translation: one string, or the list of plural forms."""
        if self.numerus:
            return [f.text or '' for f in self.translation.findall('numerusform')]
        return self.translation.text or ''

    def has_text(self):
        forms = self.forms()
        return any(forms) if isinstance(forms, list) else bool(forms)

    def set_forms(self, forms, finished):
        if self.numerus:
            for form in list(self.translation):
                self.translation.remove(form)
            self.translation.text = None
            for text in forms:
                ET.SubElement(self.translation, 'numerusform').text = text
        else:
            self.translation.text = forms
        if finished:
            self.translation.attrib.pop('type', None)
        else:
            self.translation.set('type', 'unfinished')

    def key(self):
        return (self.source, self.comment, self.numerus)


def load(path):
    tree = ET.parse(path)
    messages = []
    for context in tree.getroot().findall('context'):
        name = context.findtext('name') or ''
        messages.extend(Message(name, m) for m in context.findall('message'))
    return tree, messages


def qt_tool(name):
    """A Qt host tool: $LUPDATE/$LCONVERT, Qt 6's libexec-style bin folder, or PATH."""
    override = os.environ.get(name.upper())
    if override:
        return override
    for folder in ('/usr/lib/qt6/bin', '/usr/lib/x86_64-linux-gnu/qt6/bin', '/usr/lib/aarch64-linux-gnu/qt6/bin'):
        candidate = os.path.join(folder, name)
        if os.access(candidate, os.X_OK):
            return candidate
    for candidate in (name + '6', name + '-qt6', name):
        found = shutil.which(candidate)
        if found:
            return found
    sys.exit(f'translations.py: cannot find Qt 6 {name} (set ${name.upper()})')


def save(tree, path):
    """Write the tree, then let lconvert rewrite it in Qt's own .ts layout so diffs stay those of lupdate."""
    tree.write(path, encoding='utf-8', xml_declaration=True)
    subprocess.run([qt_tool('lconvert'), '-locations', 'none', '-i', path, '-o', path], check=True, cwd=ROOT)


def run_lupdate(ts):
    result = subprocess.run([qt_tool('lupdate')] + LUPDATE_ARGS + ['-ts', ts], cwd=ROOT, capture_output=True,
                            text=True)
    if result.returncode != 0:
        sys.exit(f'lupdate failed:\n{result.stdout}{result.stderr}')
    for line in (result.stdout + result.stderr).splitlines():
        if 'Found' in line or 'warning' in line.lower() or 'Qualifying' in line:
            print('lupdate: ' + line.strip())


# ---------------------------------------------------------------------------------------------------------------
# Carrying translations over

def memory_of(messages):
    """Every translated message (live or vanished) by (source, comment, numerus): [(context, forms, finished)]."""
    memory = defaultdict(list)
    for m in messages:
        if m.has_text() and m.state != 'obsolete':
            memory[m.key()].append((m.context, m.forms(), m.state in ('finished', 'vanished')))
    return memory


GLOSSARY = os.path.join(ROOT, 'translations', 'README.md')
GLOSSARY_ROW = re.compile(r'^\|\s*`([^`]+)`\s*\|\s*([^|]*?)\s*\|')


def glossary_memory():
    """Rows "| `Official English name` | Spanish | ..." of the README's glossary, as (source, '', False) memory."""
    memory = defaultdict(list)
    if os.path.exists(GLOSSARY):
        with open(GLOSSARY, encoding='utf-8') as readme:
            for line in readme:
                row = GLOSSARY_ROW.match(line)
                if row and row.group(2):
                    memory[(row.group(1), '', False)].append(('README glossary', row.group(2), True))
    return memory


def lookup(memory, m):
    """Finished translations of m's source text: same comment first, then any comment (a moved string may have
    gained or lost a disambiguating comment)."""
    exact = [c for c in memory.get(m.key(), []) if c[2]]
    if exact:
        return exact
    return [c for (source, _, numerus), entries in memory.items() if source == m.source and numerus == m.numerus
            for c in entries if c[2]]


def carry_over(messages, memory):
    """Fill unfinished live messages from the memory; returns (filled, needs_review) lists of messages.

    An unfinished message may already hold text: lupdate's own guess (the same or a similar source in the same
    or another context). A finished translation of exactly this source text wins over that guess; without one
    the guess stays unfinished for a person to confirm."""
    filled, review = [], []
    glossary = glossary_memory()
    for m in messages:
        if m.state != 'unfinished':
            continue
        candidates = lookup(memory, m) or lookup(glossary, m)   # the .ts first, the glossary last
        if not candidates:
            continue
        distinct = {repr(c[1]) for c in candidates}
        best = max(candidates, key=lambda c: difflib.SequenceMatcher(None, c[0], m.context).ratio())
        m.set_forms(best[1], finished=len(distinct) == 1)
        if len(distinct) == 1:
            filled.append((m, 'the README glossary' if best[0] == 'README glossary' else f'[{best[0]}]'))
        else:
            review.append(m)
    return filled, review


def prune_vanished(tree, messages):
    """Drop vanished entries whose source text a live, finished message translates now."""
    covered = {m.key() for m in messages if m.state == 'finished'}
    dropped = 0
    for context in tree.getroot().findall('context'):
        for element in context.findall('message'):
            m = Message(context.findtext('name'), element)
            if m.state == 'vanished' and m.key() in covered:
                context.remove(element)
                dropped += 1
        if not context.findall('message'):
            tree.getroot().remove(context)
    return dropped


# ---------------------------------------------------------------------------------------------------------------
# Consistency checks

PLACEHOLDER = re.compile(r'%(?:L?\d{1,2}|n)')
TAG = re.compile(r'</?[a-zA-Z][^>]*>')


def accelerator(text):
    """The accelerator letter of a menu text ('&File' -> 'f'), None without one; '&&' is a literal '&'."""
    stripped = text.replace('&&', '')
    count = stripped.count('&')
    if count == 0:
        return None
    if count > 1 or stripped.endswith('&'):
        return '?'
    return stripped[stripped.index('&') + 1].lower()


def edges(text):
    lead = len(text) - len(text.lstrip())
    trail = len(text) - len(text.rstrip())
    ending = next((e for e in ('…', ':') if text.rstrip().endswith(e)), '')
    return text[:lead], text[len(text) - trail:] if trail else '', ending


def problems_of(m):
    found = []
    forms = m.forms() if m.numerus else [m.forms()]
    if m.numerus and len(forms) != 2:
        found.append(f'{len(forms)} plural forms, Spanish has 2')
    for text in forms:
        if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(m.source)):
            found.append(f'placeholders {sorted(set(PLACEHOLDER.findall(text)))} '
                         f'!= {sorted(set(PLACEHOLDER.findall(m.source)))}')
        if (accelerator(text) is None) != (accelerator(m.source) is None) or accelerator(text) == '?':
            found.append('accelerator & missing, added or doubled')
        if TAG.findall(text) != TAG.findall(m.source):
            found.append('HTML tags differ')
        if edges(text) != edges(m.source):
            found.append('leading/trailing whitespace, final ":" or "…" differ')
        for char, name in (('\n', 'newlines'), ('\t', 'tabs')):
            if text.count(char) != m.source.count(char):
                found.append(f'{name} differ')
    return found


def menu_clashes(messages):
    translated = {}
    for m in messages:
        if m.live and m.has_text() and not m.numerus:
            translated.setdefault(m.source, m.forms())
    clashes = []
    for menu, entries in MENUS.items():
        seen = {}
        for english in entries:
            if english not in translated:
                continue
            key = accelerator(translated[english])
            if key and key in seen:
                clashes.append(f'{menu}: "{translated[english]}" and "{seen[key]}" both use Alt+{key.upper()}')
            seen.setdefault(key, translated[english])
    return clashes


def report(messages, filled=(), review=()):
    live = [m for m in messages if m.live]
    unfinished = [m for m in live if m.state == 'unfinished']
    vanished = sum(1 for m in messages if m.state == 'vanished')
    print(f'{len(live) - len(unfinished)}/{len(live)} messages translated '
          f'({len({m.source for m in live})} distinct source texts); {len(unfinished)} unfinished; '
          f'{vanished} vanished kept as memory')
    for m, origin in filled:
        print(f'  carried over from {origin}: [{m.context}] {m.source!r}')
    for m in review:
        print(f'  carried over, CONFIRM (translated differently elsewhere): [{m.context}] {m.source!r}')
    in_review = {(m.context, m.key()) for m in review}
    for m in unfinished:
        if (m.context, m.key()) not in in_review:
            guess = ' (holds a guess by lupdate to confirm)' if m.has_text() else ''
            print(f'  unfinished{guess}: [{m.context}] {m.source!r}')
    bad = 0
    for m in live:
        if m.state == 'finished':
            for problem in problems_of(m):
                print(f'  PROBLEM [{m.context}] {m.source!r}: {problem}')
                bad += 1
    for clash in menu_clashes(messages):
        print(f'  PROBLEM accelerators: {clash}')
        bad += 1
    return 0 if not unfinished and not bad else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('command', nargs='?', default='update', choices=['update', 'check'])
    parser.add_argument('--ts', default=DEFAULT_TS, help='the translation file (relative to the repository root)')
    parser.add_argument('--memory', action='append', default=[],
                        help='another .ts whose translations may be borrowed (e.g. `git show main:%s > old.ts`)'
                             % DEFAULT_TS)
    parser.add_argument('--no-lupdate', action='store_true', help='carry over without scanning the code again')
    parser.add_argument('--keep-vanished', action='store_true', help='keep vanished entries already carried over')
    args = parser.parse_args()
    ts = os.path.join(ROOT, args.ts)

    if args.command == 'check':
        _, messages = load(ts)
        return report(messages)

    memory = defaultdict(list)
    for path in [ts] + args.memory:   # snapshot before lupdate can drop anything
        for key, entries in memory_of(load(path)[1]).items():
            memory[key].extend(entries)
    if not args.no_lupdate:
        run_lupdate(args.ts)
    tree, messages = load(ts)
    filled, review = carry_over(messages, memory)
    if not args.keep_vanished:
        dropped = prune_vanished(tree, messages)
        if dropped:
            print(f'dropped {dropped} vanished entries now translated in a live message')
    save(tree, ts)
    return report(load(ts)[1], filled, review)


if __name__ == '__main__':
    sys.exit(main())
