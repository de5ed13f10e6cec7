"""Counts of the survey fixtures computed independently of kvo, with pandas: respondents (rows
that answer a stored question) and, per closed question, how many respondents chose each option.
Each layout is read as its tool documents it; the test compares kvo's import with this.
Usage: python3 expected_counts.py  (prints JSON: {fixture: {"respondents": n, "counts": {"subject|answer": n}}})"""
import json, os, sys
import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))

def per_option(series, sep):
    counts = {}
    for cell in series.dropna():
        for part in dict.fromkeys(p.strip() for p in str(cell).split(sep) if p.strip()):
            counts[part] = counts.get(part, 0) + 1
    return counts

def subject(header):
    return header.split(" ")[0]

def result(frame, closed, multi, sep, opened=()):
    answered = frame[closed + multi + list(opened)].notna().any(axis=1)
    counts = {}
    for c in closed:
        for k, n in frame[c].dropna().value_counts().items():
            counts[f"{subject(c)}|{k}"] = int(n)
    for c in multi:
        for k, n in per_option(frame[c], sep).items():
            counts[f"{subject(c)}|{k}"] = n
    return {"respondents": int(answered.sum()), "counts": counts}

out = {}
# Google Forms: columns 1-3 ask who the respondent is and are not results.
g = pd.read_csv(os.path.join(here, "survey-google-numbered.csv"))
out["survey-google-numbered.csv"] = result(g, [g.columns[4]], [g.columns[5]], ", ", [g.columns[6]])
# The same form downloaded again a week later: everything so far, three respondents more.
g = pd.read_csv(os.path.join(here, "survey-google-numbered-later.csv"))
out["survey-google-numbered-later.csv"] = result(g, [g.columns[4]], [g.columns[5]], ", ", [g.columns[6]])

# SurveyMonkey: two header rows; the option columns under question 12 count when not empty.
m = pd.read_csv(os.path.join(here, "survey-surveymonkey.csv"), header=[0, 1])
q5 = [c for c in m.columns if c[0].startswith("5 ")][0]
q12 = [c for c in m.columns if c[0].startswith("12 ") or (c[0].startswith("Unnamed") and c[1] in ("E-mailnieuwsbrief", "Bijeenkomst"))]
other = [c for c in m.columns if c[1] == "Other (please specify)"][0]
q16 = [c for c in m.columns if c[0].startswith("16 ")][0]
answered = m[[q5, other, q16] + q12].notna().any(axis=1)
counts = {f"5|{k}": int(n) for k, n in m[q5].dropna().value_counts().items()}
for c in q12:
    counts[f"12|{c[1]}"] = int(m[c].notna().sum())
out["survey-surveymonkey.csv"] = {"respondents": int(answered.sum()), "counts": counts}

# Microsoft Forms saved by Excel: Windows-1252, ';', choices ending in ';'.
f = pd.read_csv(os.path.join(here, "survey-msforms-1252.csv"), sep=";", encoding="cp1252")
out["survey-msforms-1252.csv"] = result(f, [f.columns[5]], [f.columns[6]], ";", [f.columns[7]])

# Microsoft Forms' own download: an Excel workbook (made with openpyxl), real date cells.
x = pd.read_excel(os.path.join(here, "survey-msforms.xlsx"), engine="openpyxl")
out["survey-msforms.xlsx"] = result(x, [x.columns[5]], [x.columns[6]], ";")

# Excel's Unicode text: UTF-16 with a byte-order mark, tabs.
u = pd.read_csv(os.path.join(here, "survey-utf16.csv"), sep="\t", encoding="utf-16")
out["survey-utf16.csv"] = result(u, [u.columns[1]], [u.columns[2]], ";")

# Incident exports: rows, incidents per category, rows on park Noord of Fixture.cluster() (its
# streets, or a postcode 5651AA to 5651AZ), and the first and last day. BVH as delivered
# (Windows-1252, d-m-yyyy), after Excel saved it (dd-mm-yy), and as a workbook (date cells).
noord = {"hoogstraat", "sint-jozefstraat", "industrieweg"}
def incidents(frame, date, category, street, postcode, dayfirst=True, fmt=None):
    days = pd.to_datetime(frame[date], format=fmt, dayfirst=dayfirst) if fmt or frame[date].dtype == object else frame[date]
    pc = frame[postcode].astype(object).where(frame[postcode].notna(), "").astype(str).str.replace(" ", "")
    on_park = frame[street].str.lower().isin(noord) | pc.str.match(r"^5651A[A-Z]$")
    return {"rows": len(frame), "categories": {k: int(n) for k, n in frame[category].value_counts().items()},
            "noord": int(on_park.sum()), "first": str(days.min().date()), "last": str(days.max().date())}
b = pd.read_csv(os.path.join(here, "incidents-bvh.csv"), sep=";", encoding="cp1252")
out["incidents-bvh.csv"] = incidents(b, "Begin-pleegdatum/tijd", "Incidentsoort", "Pleegstraatnaam", "Pleegpostcode", fmt="%d-%m-%Y %H:%M")
b = pd.read_csv(os.path.join(here, "incidents-bvh-excel.csv"), sep=";", encoding="cp1252")
out["incidents-bvh-excel.csv"] = incidents(b, "Begin-pleegdatum/tijd", "Incidentsoort", "Pleegstraatnaam", "Pleegpostcode", fmt="%d-%m-%y %H:%M")
b = pd.read_excel(os.path.join(here, "incidents-bvh.xlsx"), engine="openpyxl")
out["incidents-bvh.xlsx"] = incidents(b, "Begin-pleegdatum/tijd", "Incidentsoort", "Pleegstraatnaam", "Pleegpostcode")
g = pd.read_csv(os.path.join(here, "incidents-signalen.csv"))
out["incidents-signalen.csv"] = incidents(g, "created_at", "sub_category", "address_street", "address_postalcode", fmt="ISO8601")


# Aggregated open data (CBS StatLine / data.politie.nl), labelled and as codes: rows that total
# others (a category whose code begins another's, `Totaal ...`, `0.0.0`; the municipality
# Eindhoven, a wijk, GM/WK codes) are skipped, and so are figures `.`, `-` and 0. Noord's buurt is
# `Industriegebied Noord` / BU07721001.
def aggregated(frame, category, region, period, figure):
    cats = frame[category].astype(str).str.strip()
    codes = cats.str.extract(r"^([0-9][0-9.]*)")[0]
    known = set(codes.dropna())
    parent = codes.apply(lambda c: isinstance(c, str) and any(k != c and k.startswith(c + ".") for k in known))
    regions = frame[region].astype(str).str.strip()
    total = cats.str.lower().str.startswith("totaal") | (codes == "0.0.0") | parent \
        | regions.str.match(r"^(GM|WK)[0-9]+$") | regions.str.startswith("Wijk ") | (regions == "Eindhoven")
    figures = pd.to_numeric(frame[figure].astype(str).str.strip(), errors="coerce").fillna(0)
    kept = frame[~total & (figures > 0)]
    kept_figures = figures[kept.index].astype(int)
    noord = kept[regions[kept.index].isin(["Industriegebied Noord", "BU07721001"])]
    return {"rows": len(kept), "categories": {k: int(n) for k, n in kept_figures.groupby(cats[kept.index]).sum().items()},
            "noord": int(kept_figures[noord.index].sum()), "periods": sorted(set(frame[period][kept.index].astype(str).str.strip()))}
a = pd.read_csv(os.path.join(here, "incidents-politie-buurten.csv"), sep=";", dtype=str, keep_default_na=False)
out["incidents-politie-buurten.csv"] = aggregated(a, "Soort misdrijf", "Wijken en buurten", "Perioden", "Geregistreerde misdrijven (aantal)")
a = pd.read_csv(os.path.join(here, "incidents-politie-buurten-codes.csv"), sep=";", dtype=str, keep_default_na=False)
out["incidents-politie-buurten-codes.csv"] = aggregated(a, "SoortMisdrijf", "WijkenEnBuurten", "Perioden", "GeregistreerdeMisdrijven_1")

# Forms built from the KVO question list: unnumbered headers that are the subjects' names.
t = pd.read_csv(os.path.join(here, "survey-typeform.csv"))
names = {"(Poging tot) inbraak - diefstal": "5", "Veiligheidsgevoel op het bedrijventerrein verbeterd / verslechterd / gelijk gebleven": "8",
         "Open vraag: zijn er nog op- en aanmerkingen over de geselecteerde onderwerpen": "16"}
def by_name(frame, closed, opened=()):
    answered = frame[closed + list(opened)].notna().any(axis=1)
    counts = {f"{names[c]}|{k}": int(n) for c in closed for k, n in frame[c].dropna().value_counts().items()}
    return {"respondents": int(answered.sum()), "counts": counts}
out["survey-typeform.csv"] = by_name(t, list(t.columns[1:3]), [t.columns[3]])
f = pd.read_csv(os.path.join(here, "survey-msforms-unnumbered.csv"), sep=";", encoding="cp1252")
out["survey-msforms-unnumbered.csv"] = by_name(f, list(f.columns[5:7]))

# LimeSurvey with answer codes, translated through its survey structure's A and SQ rows (read
# here with pandas too: the rows after each Q row until the next).
st = pd.read_csv(os.path.join(here, "survey-limesurvey-structure.txt"), sep="\t", dtype=str, keep_default_na=False)
labels, current = {}, None
for _, r in st.iterrows():
    if r["class"] == "Q": current = r["name"]
    elif r["class"] in ("A", "SQ") and current: labels[(current, r["name"])] = r["text"]
l = pd.read_csv(os.path.join(here, "survey-limesurvey-codes.csv"), dtype=str)
opts = [c for c in l.columns if c.startswith("G01Q02[")]
answered = l[["G01Q01", "G01Q03"] + opts].notna().any(axis=1)
counts = {f"5|{labels[('G01Q01', k)]}": int(n) for k, n in l["G01Q01"].dropna().value_counts().items()}
for c in opts:
    counts[f"12|{labels[('G01Q02', c[7:-1])]}"] = int((l[c] == "Y").sum())
out["survey-limesurvey-codes.csv"] = {"respondents": int(answered.sum()), "counts": counts}

json.dump(out, sys.stdout, ensure_ascii=False, sort_keys=True, indent=1)
