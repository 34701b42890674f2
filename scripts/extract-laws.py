#!/usr/bin/env python3
"""Extracts the laws listed in knowledge/laws/manifest.tsv from the statute corpus into knowledge/laws/<id>.json.

Usage: python3 scripts/extract-laws.py [--corpus ../shared/eval/corpus-large/articles.jsonl.gz]
                                        [--reference ../shared/reference]

A manifest row names the corpus file of one version of a law (the corpus can hold several versions of the same law,
so rows select by source path, never by law name alone). "reference:<file>" reads a file of the reference folder
instead (the 2023 Civil Procedure Law, which the corpus holds only as the amending decision). Each output file
carries the law's title, version and effective date from the manifest, its source, and its articles in order.
"""
import argparse
import gzip
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LAWS = os.path.join(HERE, '..', 'knowledge', 'laws')
DIGITS = {'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}


def article_number(label):
    """第一百三十二条 -> 132; None for labels that are not plain article numbers."""
    m = re.fullmatch(r'第([零〇一二两三四五六七八九十百千]+)条(之[一二三四五六七八九十]+)?', label)
    if not m:
        return None
    total, current = 0, 0
    for ch in m.group(1):
        if ch in DIGITS:
            current = DIGITS[ch]
        else:
            unit = {'十': 10, '百': 100, '千': 1000}[ch]
            total += (current or 1) * unit
            current = 0
    return total + current


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', default=os.path.join(HERE, '..', '..', 'shared', 'eval', 'corpus-large', 'articles.jsonl.gz'))
    ap.add_argument('--reference', default=os.path.join(HERE, '..', '..', 'shared', 'reference'))
    args = ap.parse_args()
    rows = []
    with open(os.path.join(LAWS, 'manifest.tsv'), encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            law_id, source, title, title_en, version, effective, names = line.rstrip('\n').split('\t')
            rows.append(dict(id=law_id, source=source, title=title, title_en=title_en, version=version,
                             effective=effective, names=names.split('|')))
    by_path = {}
    with gzip.open(args.corpus, 'rt', encoding='utf-8') as f:
        for line in f:
            d = json.loads(line)
            by_path.setdefault(d['source']['path'], []).append(d)
    for row in rows:
        if row['source'].startswith('reference:'):
            path = os.path.join(args.reference, row['source'][len('reference:'):])
            with open(path, encoding='utf-8') as f:
                records = [json.loads(line) for line in f if line.strip()]
        else:
            # a law the collection keeps as several files (the Civil Code, one per book) lists them separated by |
            records = [r for part in row['source'].split('|') for r in by_path.get(part, [])]
        if not records:
            raise SystemExit(f"{row['id']}: no articles at {row['source']}")
        source = records[0]['source'] if row['source'].startswith('reference:') else dict(records[0]['source'],
                                                                                           path=row['source'])
        articles, seen = [], set()
        for r in records:
            if r['article'] in seen:
                continue
            seen.add(r['article'])
            articles.append({'article': r['article'], 'number': article_number(r['article']),
                             'heading': r.get('heading', ''), 'text': r['text']})
        out = {'id': row['id'], 'title': row['title'], 'title_en': row['title_en'], 'version': row['version'],
               'effective': row['effective'], 'names': row['names'],
               'source': {'collection': source.get('repo', 'LawRefBook/Laws'), 'path': source['path'],
                          'commit': source.get('commit', '')},
               'articles': articles}
        with open(os.path.join(LAWS, row['id'] + '.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print(f"{row['id']}: {len(articles)} articles")


if __name__ == '__main__':
    main()
