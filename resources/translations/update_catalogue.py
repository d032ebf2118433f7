#!/usr/bin/env python3
"""Refreshes a catalogue from the sources and keeps its translations.

lupdate's own C++ parser does not understand `namespace iroi::ui {`, so it files the strings
of iroi::ui::MainWindow under "MainWindow", while tr() looks them up under the class's full
name at run time. This script runs lupdate, renames every context to the name tr() uses
(iroi::ui::X), merges contexts that then coincide, and carries over existing translations.
It can also fill translations from a JSON file {"context|source": "translation"}, where a
plural message (one with %n) takes a list of forms: ["singular", "plural"].

Usage (from the repository root):
  python3 resources/translations/update_catalogue.py resources/translations/influence-roi_nl.ts [fill.json]
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LUPDATE = os.environ.get("LUPDATE", "/usr/lib/qt6/bin/lupdate")
NAMESPACE = "iroi::ui::"


def full_context(name):
    return name if "::" in name else NAMESPACE + name


def read(path):
    """(context, source) -> translation for finished messages: a text, or for a plural
    message (numerus="yes") the list of its forms."""
    known = {}
    if not os.path.exists(path):
        return known
    for ctx in ET.parse(path).getroot().iter("context"):
        name = full_context(ctx.findtext("name"))
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")]
            if forms and all(forms):
                known[(name, msg.findtext("source"))] = forms
            elif tr.text and tr.text.strip():
                known[(name, msg.findtext("source"))] = tr.text
    return known


# Strings lupdate cannot see: small helpers that call QCoreApplication::translate with a
# fixed context (trc, trp, trl, ...), and the metric names and definitions, which live in
# core (no Qt translation there) and are translated by the UI under iroi::Metric and
# iroi::MetricDefinition.
HELPER = re.compile(r'QString\s+(\w+)\s*\(\s*const\s+char\s*\*\s*\w+\s*\)\s*\{\s*return\s+'
                    r'QCoreApplication::translate\(\s*"([^"]+)"\s*,\s*\w+\s*\)\s*;')
LITERALS = r'((?:"(?:[^"\\]|\\.)*"\s*)+)'
METRIC = re.compile(r'MetricDef\{\s*"[^"]*"\s*,\s*"((?:[^"\\]|\\.)*)"\s*,\s*U::\w+\s*,\s*S::\w+\s*,\s*' + LITERALS + r'\}')


def unquote(literals):
    text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', literals))
    return text.replace('\\"', '"').replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def extra_messages():
    """(context, source) pairs from the helpers and the metric table."""
    found = []
    sources = {}
    for top in ("ui", "app"):
        for folder, _, files in os.walk(top):
            for name in sorted(files):
                if name.endswith(".cpp"):
                    path = os.path.join(folder, name)
                    sources[path] = open(path, encoding="utf-8").read()
    # A helper defined once and declared in a header (trc) is called from other files too;
    # a name defined in several files with different contexts (trl) is only file-local.
    contexts = {}
    for code in sources.values():
        for helper, context in HELPER.findall(code):
            contexts.setdefault(helper, set()).add(context)
    shared = {h: next(iter(c)) for h, c in contexts.items() if len(c) == 1}
    for path in sorted(sources):
        code = sources[path]
        helpers = dict(shared)
        helpers.update(dict(HELPER.findall(code)))
        for helper, context in helpers.items():
            for literals in re.findall(r'\b' + helper + r'\(\s*' + LITERALS + r'\)', code):
                found.append((context, unquote(literals)))
    metrics = open(os.path.join("core", "analysis", "metrics.cpp"), encoding="utf-8").read()
    for name, definition in METRIC.findall(metrics):
        found.append(("iroi::Metric", unquote('"' + name + '"')))
        found.append(("iroi::MetricDefinition", unquote(definition)))
    return found


def main():
    ts = sys.argv[1]
    known = read(ts)
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as f:
            for key, text in json.load(f).items():
                context, source = key.split("|", 1)
                known[(full_context(context), source)] = text
    with tempfile.TemporaryDirectory() as tmp:
        fresh = os.path.join(tmp, "fresh.ts")
        subprocess.run([LUPDATE, "-silent", "-no-obsolete", "-locations", "none", "-target-language",
                        "nl_NL", "ui", "app", "-ts", fresh], check=True)
        root = ET.parse(fresh).getroot()
    merged = {}
    for ctx in root.iter("context"):
        name = full_context(ctx.findtext("name"))
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            merged.setdefault(name, {})[source] = msg
    for name, source in extra_messages():
        if source in merged.setdefault(name, {}):
            continue
        msg = ET.Element("message")
        ET.SubElement(msg, "source").text = source
        ET.SubElement(msg, "translation", {"type": "unfinished"})
        merged[name][source] = msg
    out = ET.Element("TS", {"version": "2.1", "language": "nl_NL"})
    missing = 0
    for name in sorted(merged):
        ctx = ET.SubElement(out, "context")
        ET.SubElement(ctx, "name").text = name
        for source, msg in merged[name].items():
            tr = msg.find("translation")
            text = known.get((name, source))
            for attr in ("type",):
                tr.attrib.pop(attr, None)
            plural = msg.get("numerus") == "yes"
            if plural and isinstance(text, str):
                text = None  # a plain text cannot fill the plural forms
            if text:
                for form in list(tr):
                    tr.remove(form)
                if plural:
                    tr.text = None
                    for form in text:
                        ET.SubElement(tr, "numerusform").text = form
                else:
                    tr.text = text
            else:
                tr.text = None
                tr.set("type", "unfinished")
                missing += 1
            ctx.append(msg)
    ET.indent(out, space="    ")
    with open(ts, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        f.write(ET.tostring(out, encoding="unicode"))
        f.write("\n")
    total = sum(len(m) for m in merged.values())
    print(f"{ts}: {total} strings, {missing} untranslated")


if __name__ == "__main__":
    main()
