"""A synthetic news archive for the batch benchmark and tests.

    python3 benchmarks/make_archive.py --articles 10000 --out /tmp/archive [--bad]

writes archive.jsonl, archive.csv, archive.warc.gz (HTML pages as HTTP
responses) and manifest.jsonl into --out. Articles are in English, Norwegian
and German. About a third are about OpenAI's finances: their figures come from
the reference data (sources/data/leak-2025-11.yaml), and in some articles one
figure is planted wrong. The manifest lists every figure written from the
reference data, whether it was planted wrong, and the value as written, so the
benchmark can measure the recall of planted contradictions. The rest of the
archive is what a news archive mostly is: sport, weather and local news, with
scores, dates, temperatures and budgets but no claims about the reference data.

`--bad` adds one corrupt record (not JSON / a broken CSV row) and one binary
record (NUL bytes) to the JSONL and CSV files, and one binary HTML response to
the WARC file; the batch must list them in its errors file and lose nothing else.
Everything is deterministic for a given --seed.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import json
import random
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "sources" / "data" / "leak-2025-11.yaml"
FINANCE_SHARE = 0.35  # default share of articles about the reference data (--finance-share)
PLANTED_SHARE = 0.4  # share of those with one figure planted wrong
WRONG_FACTORS = (0.55, 0.7, 1.35, 1.6, 2.2)  # far outside any rounding

ORDINALS = {"en": ["first", "second", "third", "fourth"], "nb": ["første", "andre", "tredje", "fjerde"],
            "de": ["ersten", "zweiten", "dritten", "vierten"]}
MONEY = {  # (scale word, template): the number goes in {n}
    "en": {1e9: "${n} billion", 1e6: "${n} million"},
    "nb": {1e9: "{n} milliarder dollar", 1e6: "{n} millioner dollar"},
    "de": {1e9: "{n} Milliarden US-Dollar", 1e6: "{n} Millionen US-Dollar"},
}
DECIMAL = {"en": ".", "nb": ",", "de": ","}

CLAIMS = {  # metric -> sentence templates; {v} the figure, {p} the period phrase
    "en": {
        "inference_cost": ["OpenAI spent {v} on inference {p}, according to the documents.",
                           "The documents show that OpenAI's inference costs reached {v} {p}."],
        "revenue_share": ["OpenAI paid Microsoft {v} under their revenue share agreement {p}.",
                          "Microsoft received {v} from OpenAI in revenue share payments {p}."],
    },
    "nb": {
        "inference_cost": ["OpenAI brukte {v} på inferens {p}, ifølge dokumentene.",
                           "Dokumentene viser at inferens kostet OpenAI {v} {p}."],
        "revenue_share": ["OpenAI betalte Microsoft {v} gjennom inntektsdelingsavtalen {p}.",
                          "Gjennom inntektsdelingen fikk Microsoft {v} fra OpenAI {p}."],
    },
    "de": {
        "inference_cost": ["OpenAI gab laut den Unterlagen {p} {v} für Inferenz aus.",
                           "Die Inferenzkosten von OpenAI beliefen sich {p} auf {v}."],
        "revenue_share": ["OpenAI zahlte {p} im Rahmen der Umsatzbeteiligung {v} an Microsoft.",
                          "Aus der Umsatzbeteiligung erhielt Microsoft {p} {v} von OpenAI."],
    },
}
PERIODS = {  # how each language names a year, a quarter and the first three quarters
    "en": {"year": "in {y}", "quarter": "in the {o} quarter of {y}", "first3": "in the first three quarters of {y}"},
    "nb": {"year": "i {y}", "quarter": "i {o} kvartal {y}", "first3": "i de tre første kvartalene av {y}"},
    "de": {"year": "im Jahr {y}", "quarter": "im {o} Quartal {y}", "first3": "in den ersten drei Quartalen {y}"},
}
HEADLINES = {
    "en": ["Leaked documents show what OpenAI pays to run its models", "OpenAI and Microsoft: the money trail",
           "Inside the cost of serving ChatGPT"],
    "nb": ["Lekkede dokumenter viser hva OpenAI betaler for å kjøre modellene",
           "Pengestrømmen mellom OpenAI og Microsoft", "Dette koster det å drive ChatGPT"],
    "de": ["Geleakte Dokumente zeigen, was OpenAI für den Betrieb seiner Modelle zahlt",
           "OpenAI und Microsoft: Wohin das Geld fließt", "Was der Betrieb von ChatGPT wirklich kostet"],
}
BACKGROUND = {  # sentences with no figures: the context a real article carries
    "en": ["OpenAI runs most of its models in Microsoft's Azure cloud.",
           "Neither company has confirmed the documents.",
           "Microsoft told reporters that the numbers were not quite right.",
           "Analysts have long questioned whether the business model can pay for itself.",
           "The blogger Ed Zitron first reported on the documents.",
           "Sam Altman has said the company expects costs to fall as chips improve.",
           "Investors are watching the relationship between the two companies closely.",
           "The agreement between the companies has been renegotiated several times.",
           "Critics say the figures show how expensive generative AI remains.",
           "The company declined to comment on the report."],
    "nb": ["OpenAI kjører de fleste modellene sine i Microsofts sky Azure.",
           "Ingen av selskapene har bekreftet dokumentene.",
           "Microsoft sier at tallene ikke er helt riktige.",
           "Analytikere har lenge stilt spørsmål ved om forretningsmodellen går i balanse.",
           "Bloggeren Ed Zitron omtalte dokumentene først.",
           "Sam Altman har sagt at selskapet venter lavere kostnader etter hvert som brikkene blir bedre.",
           "Investorer følger forholdet mellom de to selskapene nøye.",
           "Avtalen mellom selskapene er reforhandlet flere ganger.",
           "Kritikere mener tallene viser hvor dyr generativ kunstig intelligens fortsatt er.",
           "Selskapet ønsker ikke å kommentere saken."],
    "de": ["OpenAI betreibt die meisten seiner Modelle in Microsofts Cloud Azure.",
           "Keines der Unternehmen hat die Dokumente bestätigt.",
           "Microsoft erklärte, die Zahlen seien nicht ganz richtig.",
           "Analysten bezweifeln seit Langem, dass sich das Geschäftsmodell trägt.",
           "Der Blogger Ed Zitron hatte zuerst über die Unterlagen berichtet.",
           "Sam Altman sagte, die Kosten würden mit besseren Chips sinken.",
           "Investoren beobachten das Verhältnis der beiden Unternehmen genau.",
           "Die Vereinbarung zwischen den Unternehmen wurde mehrfach neu verhandelt.",
           "Kritiker sehen in den Zahlen einen Beleg dafür, wie teuer generative KI bleibt.",
           "Das Unternehmen wollte sich zu dem Bericht nicht äußern."],
}
OTHER_NEWS = {  # (headline, paragraphs) of everyday news; {a} {b} {t} {d} are filled with numbers
    "en": [("Late goal settles the derby", [
        "The home side won {a}-{b} on Saturday after a goal in the {d}th minute.",
        "The coach praised the players for their patience in a tight game.",
        "Around {t},000 spectators watched the match, the biggest crowd of the season.",
        "The two teams meet again in the cup later this spring."]),
        ("Cold front brings snow to the north", [
            "Temperatures will fall to minus {a} degrees overnight, forecasters said.",
            "Drivers are advised to check the roads before setting out.",
            "The weather service expects up to {t} centimetres of snow in the mountains.",
            "Milder air should return by the end of next week."]),
        ("Council approves new library", [
            "The council voted {t} to {b} in favour of the new library on Tuesday.",
            "The building will open to the public in the autumn.",
            "Local residents have campaigned for a larger reading room for years.",
            "The library will have room for {a} study places and a children's corner."])],
    "nb": [("Sent mål avgjorde derbyet", [
        "Hjemmelaget vant {a}-{b} lørdag etter et mål i det {d}. minutt.",
        "Treneren roste spillerne for tålmodigheten i en jevn kamp.",
        "Rundt {t} 000 tilskuere så kampen, sesongens største publikum.",
        "Lagene møtes igjen i cupen senere i vår."]),
        ("Kaldfront gir snø i nord", [
            "Temperaturen faller til minus {a} grader i natt, ifølge meteorologene.",
            "Bilister bes sjekke føret før de kjører.",
            "Meteorologisk institutt venter opptil {t} centimeter snø på fjellet.",
            "Mildere luft ventes mot slutten av neste uke."]),
        ("Kommunestyret sa ja til nytt bibliotek", [
            "Kommunestyret stemte {t} mot {b} for det nye biblioteket tirsdag.",
            "Bygget skal åpne for publikum til høsten.",
            "Innbyggerne har i årevis ønsket seg en større lesesal.",
            "Biblioteket får plass til {a} lesesalsplasser og en egen barneavdeling."])],
    "de": [("Spätes Tor entscheidet das Derby", [
        "Die Gastgeber gewannen am Samstag mit {a}:{b} nach einem Tor in der {d}. Minute.",
        "Der Trainer lobte die Geduld seiner Mannschaft in einem engen Spiel.",
        "Rund {t}.000 Zuschauer sahen die Partie, so viele wie nie in dieser Saison.",
        "Die beiden Teams treffen im Frühjahr im Pokal erneut aufeinander."]),
        ("Kaltfront bringt Schnee in den Norden", [
            "Die Temperaturen sinken in der Nacht auf minus {a} Grad, sagen die Meteorologen.",
            "Autofahrer sollten vor der Fahrt den Straßenzustand prüfen.",
            "Der Wetterdienst erwartet in den Bergen bis zu {t} Zentimeter Neuschnee.",
            "Mildere Luft soll Ende nächster Woche zurückkehren."]),
        ("Stadtrat stimmt für neue Bibliothek", [
            "Der Stadtrat stimmte am Dienstag mit {t} zu {b} Stimmen für die neue Bibliothek.",
            "Das Gebäude soll im Herbst für die Öffentlichkeit öffnen.",
            "Anwohner hatten sich jahrelang für einen größeren Lesesaal eingesetzt.",
            "Die Bibliothek bietet Platz für {a} Arbeitsplätze und eine Kinderecke."])],
}

EVERYDAY = {  # sentences with no figures that any local story carries
    "en": ["Police said the area was calm by the evening.", "The mayor called it a good day for the town.",
           "Residents gathered in the square to follow the news.", "The local paper will follow up next week.",
           "Several readers have written in about the matter.", "Organisers thanked the volunteers for their work.",
           "The decision can still be appealed.", "More details will be published on the town's website."],
    "nb": ["Politiet sier det var rolig i området utover kvelden.", "Ordføreren kalte det en god dag for byen.",
           "Innbyggerne samlet seg på torget for å følge med.", "Lokalavisen følger opp saken neste uke.",
           "Flere lesere har skrevet til oss om saken.", "Arrangørene takket de frivillige for innsatsen.",
           "Vedtaket kan fortsatt påklages.", "Flere detaljer legges ut på kommunens nettsider."],
    "de": ["Die Polizei meldete am Abend eine ruhige Lage.", "Der Bürgermeister sprach von einem guten Tag für die Stadt.",
           "Anwohner versammelten sich auf dem Marktplatz.", "Die Lokalzeitung berichtet nächste Woche weiter.",
           "Mehrere Leser haben uns zu dem Thema geschrieben.", "Die Veranstalter dankten den Ehrenamtlichen.",
           "Gegen die Entscheidung kann noch Einspruch erhoben werden.",
           "Weitere Einzelheiten werden auf der Website der Stadt veröffentlicht."],
}


@dataclass
class Fact:
    metric: str
    period: str  # "2024", "2024-Q3", "2025-Q1..2025-Q3"
    value: float
    rounding: float


def reference_facts() -> list[Fact]:
    data = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))
    return [Fact(f["metric"], str(f["period"]), float(f["value"]), float(f.get("rounding", 0)))
            for f in data["facts"]
            if f["metric"] in ("inference_cost", "revenue_share") and f.get("bound", "eq") == "eq"]


def money(lang: str, value: float, rounding: float) -> str:
    """The value as a paper in that language prints it, with the digits its rounding allows."""
    scale = 1e9 if value >= 1e9 else 1e6
    decimals = 0
    while rounding and rounding * 2 < scale * 10 ** -decimals * 0.99:
        decimals += 1
    number = f"{value / scale:.{decimals}f}".replace(".", DECIMAL[lang])
    return MONEY[lang][scale].format(n=number)


def period_phrase(lang: str, label: str) -> str:
    forms = PERIODS[lang]
    if ".." in label:
        return forms["first3"].format(y=label[:4])
    if "-Q" in label:
        return forms["quarter"].format(o=ORDINALS[lang][int(label[-1]) - 1], y=label[:4])
    return forms["year"].format(y=label)


def finance_article(rng: random.Random, lang: str, art_id: str, facts: list[Fact]) -> tuple[str, str, list[dict]]:
    chosen = rng.sample(facts, rng.randint(2, 4))
    wrong = rng.randrange(len(chosen)) if rng.random() < PLANTED_SHARE else -1
    figures, paragraphs = [], []
    background = BACKGROUND[lang]
    paragraphs.append(" ".join(rng.sample(background, 2)))
    taken = {money(lang, f.value, f.rounding) for f in facts}  # a planted figure must not repeat a true one
    for n, fact in enumerate(chosen):
        written = money(lang, fact.value, fact.rounding)
        if n == wrong:
            factors = [x for x in WRONG_FACTORS if money(lang, fact.value * x, fact.rounding) not in taken]
            written = money(lang, fact.value * rng.choice(factors), fact.rounding)
        sentence = rng.choice(CLAIMS[lang][fact.metric]).format(v=written, p=period_phrase(lang, fact.period))
        paragraphs.append(" ".join([sentence] + rng.sample(background, rng.randint(1, 2))))
        figures.append({"id": art_id, "lang": lang, "value_text": written, "metric": fact.metric,
                        "period": fact.period, "reference": fact.value, "planted": n == wrong})
        if rng.random() < 0.7:
            paragraphs.append(" ".join(rng.sample(background, rng.randint(2, 4))))
    paragraphs.append(" ".join(rng.sample(background, 3)))
    return rng.choice(HEADLINES[lang]), "\n\n".join(paragraphs), figures


def other_article(rng: random.Random, lang: str) -> tuple[str, str]:
    title, template = rng.choice(OTHER_NEWS[lang])
    numbers = {"a": rng.randint(1, 9), "b": rng.randint(0, 5), "t": rng.randint(11, 40), "d": rng.randint(50, 90)}
    paragraphs = [" ".join([p.format(**numbers)] + rng.sample(EVERYDAY[lang], rng.randint(1, 3))) for p in template]
    rng.shuffle(paragraphs)
    return title, "\n\n".join(paragraphs)


def articles(count: int, seed: int, finance_share: float = FINANCE_SHARE):
    """(record, figures) for each article: record has id, lang, title, published, url, text."""
    rng = random.Random(seed)
    facts = reference_facts()
    for n in range(count):
        lang = ("en", "nb", "de")[n % 3]
        art_id = f"{lang}-{n:06d}"
        published = dt.date(2025, 11, 13) + dt.timedelta(days=rng.randint(0, 40))
        if rng.random() < finance_share:
            title, body, figures = finance_article(rng, lang, art_id, facts)
        else:
            (title, body), figures = other_article(rng, lang), []
        record = {"id": art_id, "lang": lang, "title": title, "published": published.isoformat(),
                  "url": f"https://news.example/{lang}/{art_id}.html", "text": f"{title}\n\n{body}\n"}
        yield record, figures


BAD_ID = {"corrupt": "bad-corrupt", "binary": "bad-binary"}


def html_page(record: dict) -> bytes:
    body = "".join(f"<p>{p}</p>\n" for p in record["text"].split("\n\n")[1:])
    return (f"<!doctype html><html><head><title>{record['title']}</title></head><body>"
            f"<nav><a href='/'>Front page</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
            f"<article><h1>{record['title']}</h1>\n{body}</article>"
            f"<footer>Copyright News Example. All rights reserved.</footer></body></html>").encode("utf-8")


class WarcOut:
    """HTML pages as WARC response records (warcio), the way news crawls are distributed."""

    def __init__(self, path: Path):
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter
        self.headers = StatusAndHeaders
        self.fh = path.open("wb")
        self.writer = WARCWriter(self.fh, gzip=True)

    def add(self, url: str, date: str, payload: bytes, content_type: str = "text/html; charset=utf-8") -> None:
        http = self.headers("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http,
                                                warc_headers_dict={"WARC-Date": f"{date}T06:00:00Z"})
        self.writer.write_record(record)

    def close(self) -> None:
        self.fh.close()


def write_archive(out: Path, count: int, seed: int = 7, bad: bool = False, formats=("jsonl", "csv", "warc"),
                  finance_share: float = FINANCE_SHARE) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    jsonl = (out / "archive.jsonl").open("w", encoding="utf-8") if "jsonl" in formats else None
    csv_fh = (out / "archive.csv").open("w", encoding="utf-8", newline="") if "csv" in formats else None
    table = csv.DictWriter(csv_fh, ["id", "lang", "title", "published", "url", "text"]) if csv_fh else None
    warc = WarcOut(out / "archive.warc.gz") if "warc" in formats else None
    if table:
        table.writeheader()
    planted = truthful = 0
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for n, (record, figures) in enumerate(articles(count, seed, finance_share)):
            if bad and n == count // 2:
                _write_bad(jsonl, csv_fh, warc)
            if jsonl:
                jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
            if table:
                table.writerow(record)
            if warc:
                warc.add(record["url"], record["published"], html_page(record))
            for f in figures:
                manifest.write(json.dumps({**f, "url": record["url"]}, ensure_ascii=False) + "\n")
                planted += f["planted"]
                truthful += not f["planted"]
    for fh in (jsonl, csv_fh, warc):
        if fh:
            fh.close()
    return {"articles": count, "planted": planted, "truthful": truthful}


def _write_bad(jsonl, csv_fh, warc) -> None:
    binary = "PNG\x00\x00\x1a\x00IHDR\x00\x00\x01\x00" * 20
    if jsonl:
        jsonl.write('{"id": "bad-corrupt", "text": "OpenAI spent $3 billion on inf\n')
        jsonl.write(json.dumps({"id": BAD_ID["binary"], "text": binary}) + "\n")
    if csv_fh:
        csv_fh.write("bad-corrupt,en,Broken row with three columns\n")  # columns missing
        csv_fh.write(f"{BAD_ID['binary']},en,Binary,2025-11-20,https://news.example/bin,\"{binary}\"\n")
    if warc:
        warc.add("https://news.example/bad-binary.html", "2025-11-20", b"\x89PNG\r\n\x1a\n\x00\x00" * 50)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--finance-share", type=float, default=FINANCE_SHARE,
                        help="share of articles about the reference data (the rest: sport, weather, local news)")
    parser.add_argument("--bad", action="store_true", help="add a corrupt and a binary record")
    parser.add_argument("--formats", default="jsonl,csv,warc", help="comma-separated: jsonl,csv,warc")
    args = parser.parse_args()
    counts = write_archive(args.out, args.articles, args.seed, args.bad, tuple(args.formats.split(",")),
                           args.finance_share)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
