#!/usr/bin/env bash
# Check the demo corpus and its gold annotation (dev tool; needs python3).
#   data/demo/verify-gold.sh
# - every JSON file under data/demo parses;
# - every article is one JSON object with outlet/url/title/date/lang/text, no "id"
#   (the id is the file stem), 150-450 words, a URL on an example.* domain;
# - gold.json: doc ids exist and match the articles (date, title); every event
#   mention quote and every dispute phrase is an exact substring of its document's
#   text and under 20 words; ids are unique and cross-references resolve;
#   syndicated groups exist (verbatim = identical text, edited = near-identical).
# Exits 1 and prints one line per problem if anything is wrong.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

for f in "$here"/gold.json "$here"/articles/*.json; do
  python3 -m json.tool "$f" >/dev/null || { echo "BAD JSON: $f"; exit 1; }
done

python3 - "$here" <<'PY'
import glob, json, os, re, sys
here = sys.argv[1]
bad = 0
def problem(*a):
    global bad
    bad += 1
    print(*a)

# ---- articles
text, meta = {}, {}
for path in sorted(glob.glob(os.path.join(here, "articles", "*.json"))):
    stem = os.path.splitext(os.path.basename(path))[0]
    doc = json.load(open(path, encoding="utf-8"))
    if not isinstance(doc, dict):
        problem("ARTICLE NOT AN OBJECT", stem); continue
    if "id" in doc: problem("ARTICLE HAS AN id FIELD", stem)
    for k in ("outlet", "url", "title", "date", "lang", "text"):
        if not isinstance(doc.get(k), str) or not doc[k]: problem("ARTICLE FIELD MISSING", stem, k)
    if not re.fullmatch(r"\d\d-[a-z0-9-]+", stem): problem("BAD FILE NAME", stem)
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", doc.get("date", "")): problem("BAD DATE", stem, doc.get("date"))
    if doc.get("lang") != "en": problem("LANG NOT en", stem)
    if not re.match(r"https://[a-z0-9.-]+\.example/", doc.get("url", "")): problem("URL NOT ON AN example DOMAIN", stem)
    n = len(doc.get("text", "").split())
    if not 150 <= n <= 450: problem("ARTICLE LENGTH", stem, n, "words")
    text[stem], meta[stem] = doc.get("text", ""), doc

# ---- gold
gold = json.load(open(os.path.join(here, "gold.json"), encoding="utf-8"))
for k in ("note", "docs", "events", "disputes", "syndicated"):
    if k not in gold: problem("GOLD FIELD MISSING", k)
n_checked = 0
def check(doc, s, where, maxw=20):
    global n_checked
    n_checked += 1
    if doc not in text:
        problem("UNKNOWN DOC", where, doc); return
    if s not in text[doc]:
        problem("NOT FOUND", where, doc, repr(s))
    elif maxw and len(s.split()) >= maxw:
        problem("TOO LONG", where, doc, repr(s))

gdocs = {d["id"] for d in gold["docs"]}
if gdocs != set(text): problem("GOLD DOCS != ARTICLES", sorted(gdocs ^ set(text)))
for d in gold["docs"]:
    if d["id"] not in meta: continue
    if d.get("file") != "articles/%s.json" % d["id"]: problem("DOC FILE", d["id"], d.get("file"))
    if d.get("publication_date") != meta[d["id"]]["date"]: problem("DOC DATE MISMATCH", d["id"])
    if d.get("title") != meta[d["id"]]["title"]: problem("DOC TITLE MISMATCH", d["id"])
    if d.get("publication_date_evidence"): check(d["id"], d["publication_date_evidence"], "docs.evidence", maxw=None)

PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
          "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
MODES = {"asserted", "denied", "threatened", "demanded", "hypothetical"}
FIELDS = ("id", "key", "date", "date_precision", "source", "source_sector", "target", "target_sector",
          "plover", "cameo", "mode", "summary", "mentions")
ev_ids, keys = set(), set()
for e in gold["events"]:
    for k in FIELDS:
        if k not in e: problem("EVENT FIELD MISSING", e.get("id"), k)
    if e["id"] in ev_ids: problem("DUPLICATE EVENT ID", e["id"])
    if e["key"] in keys: problem("DUPLICATE EVENT KEY", e["key"])
    ev_ids.add(e["id"]); keys.add(e["key"])
    if not re.fullmatch(r"D\d\d", e["id"]): problem("BAD EVENT ID", e["id"])
    if e["plover"] not in PLOVER: problem("BAD PLOVER", e["id"], e["plover"])
    if not re.fullmatch(r"\d{2,4}", e["cameo"]): problem("BAD CAMEO", e["id"], e["cameo"])
    if e["mode"] not in MODES: problem("BAD MODE", e["id"], e["mode"])
    if e["date"] is not None and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", e["date"]): problem("BAD EVENT DATE", e["id"], e["date"])
    prec = {4: "year", 7: "month", 10: "day"}
    if e["date"] is not None and e["date_precision"] != prec[len(e["date"])]: problem("PRECISION MISMATCH", e["id"])
    if not e["mentions"]: problem("EVENT WITHOUT MENTIONS", e["id"])
    for m in e["mentions"]:
        check(m["doc"], m["quote"], e["id"])
        if m.get("mode", "asserted") not in MODES: problem("BAD MENTION MODE", e["id"], m.get("mode"))

dd_ids = set()
for d in gold["disputes"]:
    if d["id"] in dd_ids: problem("DUPLICATE DISPUTE ID", d["id"])
    dd_ids.add(d["id"])
    if d["event"] is not None and d["event"] not in ev_ids: problem("DISPUTE EVENT UNKNOWN", d["id"], d["event"])
    for r in d.get("related_events", []):
        if r not in ev_ids: problem("DISPUTE RELATED EVENT UNKNOWN", d["id"], r)
    if d["kind"] not in ("contradiction", "revision", "reporting_error"): problem("BAD DISPUTE KIND", d["id"])
    if len(d["values"]) < 2: problem("DISPUTE WITH ONE VALUE", d["id"])
    for v in d["values"]:
        for doc in v["docs"]:
            if doc not in text: problem("DISPUTE DOC UNKNOWN", d["id"], doc)
        for p in v["phrases"]:
            check(p["doc"], p["phrase"], d["id"])
            if p["doc"] not in v["docs"]: problem("DOC MISMATCH", d["id"], p["doc"])
for e in gold["events"]:
    for r in e.get("disputes", []):
        if r not in dd_ids: problem("EVENT DISPUTE UNKNOWN", e["id"], r)

for s in gold["syndicated"]:
    docs = s["docs"]
    for doc in docs:
        if doc not in text: problem("SYNDICATED DOC UNKNOWN", doc)
    if any(doc not in text for doc in docs): continue
    orig = s.get("original", docs[0])
    for doc in docs:
        if doc == orig: continue
        if meta[doc]["outlet"] == meta[orig]["outlet"]: problem("SYNDICATED COPY UNDER THE SAME OUTLET", doc)
        if s["kind"] == "verbatim" and text[doc] != text[orig]: problem("VERBATIM COPY DIFFERS", doc, orig)
        if s["kind"] == "edited":
            # share of the copy's word 5-grams found in the original (robust to reordered paragraphs)
            def grams(t):
                w = t.split()
                return {tuple(w[i:i + 5]) for i in range(len(w) - 4)}
            g = grams(text[doc])
            r = len(g & grams(text[orig])) / max(1, len(g))
            if text[doc] == text[orig] or r < 0.8: problem("EDITED COPY NOT A LIGHT EDIT", doc, orig, round(r, 3))
    if s["kind"] not in ("verbatim", "edited"): problem("BAD SYNDICATION KIND", s["kind"])

print(f"{len(text)} articles, {len(gold['events'])} events, "
      f"{sum(len(e['mentions']) for e in gold['events'])} mentions, {len(gold['disputes'])} disputes; "
      f"checked {n_checked} strings, {bad} problems")
sys.exit(1 if bad else 0)
PY
