import KVOModel

/// §4.1.2: whether one source's incident figures cover at least one whole year before the analysis.
///
/// Interpretation. "Before the analysis" is before the day the workgroup agreed it
/// (analysis.concluded), or before the as-of date while the analysis is not concluded. Every
/// incident record gives a stretch of time: a count its `from`–`to` period, a single incident its
/// `date`. A single incident says little about which period was delivered, so:
/// - when analysis.figuresFrom/figuresTo state the period the figures were delivered for, that
///   period must be a whole year (or longer) and end on or before the analysis, and the source must
///   have figures in it; if the source's figures in it are all period counts, together they must
///   cover the period without a gap;
/// - without a stated period, the source's period counts must cover a whole year without a gap, or
///   its records together must run from a first to a last day at least a whole year apart; if not,
///   the rule asks for the period to be stated rather than failing on a guess.
/// A "whole year" from day D runs to the day before D's anniversary (2024-01-01 to 2024-12-31).
struct IncidentFigures {
    let source: IncidentRecord.Source
    /// "Police" / "politie", used as "Police figures" / "cijfers van de politie".
    let en: String
    let nl: String

    struct Span {
        let first: Day
        let last: Day
        let isCount: Bool
    }

    enum Outcome {
        case covered(Message)
        case short(Message, Message)
        case missing(Message)
    }

    /// The facts an outcome rests on: the source's, all of them or those at `places`. Places, not
    /// copies of the facts: a copy costs a retain, and a check selected some 20,000 (issue 15).
    struct Basis {
        let facts: [IncidentFact]
        /// Places in `facts`, in order; nil for all of them.
        let places: [Int]?

        var count: Int { places?.count ?? facts.count }

        /// How many of them `keep` holds for, and the sum of their counts.
        func tally(_ keep: (IncidentFact) -> Bool) -> (records: Int, total: Int) {
            var records = 0, total = 0
            func add(_ f: IncidentFact) { if keep(f) { records += 1; total += f.count } }
            if let places { for i in places { add(facts[i]) } } else { for i in facts.indices { add(facts[i]) } }
            return (records, total)
        }

        var total: Int { tally { _ in true }.total }
    }

    /// What a judgement rests on: the source's records, those with a stretch of time, the day
    /// the figures must lie before, and how to say it.
    struct Judging {
        let records: [IncidentFact]
        /// Each record with a stretch of time: its place in `records` and the stretch, worked out
        /// once (dossiers hold up to 20,000 incidents). A place, not the fact: copying a fact costs
        /// retains, and the filters below would copy every one of them (issue 15).
        let dated: [(index: Int, span: Span)]
        let limit: Day
        let beforeEn: String, beforeNl: String
        let addEn: String, addNl: String

        var all: Basis { Basis(facts: records, places: nil) }

        /// The dated records `keep` holds for, in order.
        func select(_ keep: (Span) -> Bool) -> [(index: Int, span: Span)] {
            var kept: [(index: Int, span: Span)] = []
            kept.reserveCapacity(dated.count)
            for d in dated where keep(d.span) { kept.append(d) }
            return kept
        }

        func basis(_ kept: [(index: Int, span: Span)]) -> Basis { Basis(facts: records, places: kept.map(\.index)) }
    }

    /// Each record's place and stretch of time, for those that have one.
    static func dated(_ records: [IncidentFact]) -> [(index: Int, span: Span)] {
        var dated: [(index: Int, span: Span)] = []
        dated.reserveCapacity(records.count)
        for i in records.indices { if let span = records[i].span { dated.append((i, span)) } }
        return dated
    }

    /// The outcome, and the facts of the incidents it rests on.
    func judge(_ c: CheckContext) -> (outcome: Outcome, records: Basis) {
        let records = c.cache.incidentsBySource(c)[source.rawValue] ?? []
        let analysis = c.analysis
        let concluded = analysis.concluded
        let beforeEn = concluded.map { "the analysis of \($0)" } ?? "\(c.asOf) (the analysis is not concluded)"
        let beforeNl = concluded.map { "de analyse van \($0)" } ?? "\(c.asOf) (de analyse is nog niet afgerond)"
        let j = Judging(records: records, dated: Self.dated(records), limit: concluded ?? c.asOf,
                        beforeEn: beforeEn, beforeNl: beforeNl,
                        addEn: "add \(en.lowercased()) figures for at least one whole year before \(beforeEn) (add incident source=\(source.rawValue) category=\"...\" from=YYYY-MM-DD to=YYYY-MM-DD count=N)",
                        addNl: "voeg \(nl)cijfers over ten minste één geheel jaar vóór \(beforeNl) toe (voegtoe incident source=\(source.rawValue) category=\"...\" from=JJJJ-MM-DD to=JJJJ-MM-DD count=N)")
        guard !records.isEmpty else {
            return (.short(Message(en: "No \(en.lowercased()) incident figures are recorded.", nl: "Er zijn geen \(nl)cijfers vastgelegd."),
                           Message(en: Phrase.capitalised(j.addEn) + ".", nl: Phrase.capitalised(j.addNl) + ".")), j.all)
        }
        guard !j.dated.isEmpty else {
            return (.missing(Message(en: "The \(Language.en.count(records.count, Noun(en: "\(en.lowercased()) record has", "\(en.lowercased()) records have", nl: "registratie heeft", "registraties hebben"))) no date or period; give each a date=YYYY-MM-DD or from=... to=....",
                                     nl: "\(records.count == 1 ? "Het record" : "De \(records.count) records") met \(nl)cijfers \(records.count == 1 ? "heeft" : "hebben") geen datum of periode; geef elk een date=JJJJ-MM-DD of from=... to=....")), j.all)
        }
        if let from = analysis.figuresFrom, let to = analysis.figuresTo {
            return judge(j, from: from, to: to)
        }
        return judgeFromRecords(j)
    }

    /// With a stated figures period: a whole year, before the analysis, and the source's figures in it.
    func judge(_ j: Judging, from: Day, to: Day) -> (outcome: Outcome, records: Basis) {
        let whole = Handbook.Analysis.figuresEnd(from: from)
        guard to >= whole else {
            return (.short(Message(en: "The figures period \(from) to \(to) (analysis.figuresFrom/figuresTo) is shorter than a whole year.",
                                   nl: "De cijferperiode \(from) t/m \(to) (analysis.figuresFrom/figuresTo) is korter dan een geheel jaar."),
                           Message(en: "Extend the figures period to at least \(from) to \(whole).",
                                   nl: "Verleng de cijferperiode tot ten minste \(from) t/m \(whole).")), j.all)
        }
        guard to <= j.limit else {
            return (.short(Message(en: "The figures period \(from) to \(to) ends after \(j.beforeEn); the figures must lie before it.",
                                   nl: "De cijferperiode \(from) t/m \(to) eindigt na \(j.beforeNl); de cijfers moeten ervoor liggen."),
                           Message(en: "Use a whole year of figures ending on or before \(j.limit).",
                                   nl: "Gebruik een geheel jaar aan cijfers dat eindigt op of vóór \(j.limit).")), j.all)
        }
        let inPeriodDated = j.select { $0.first <= to && $0.last >= from }
        let inPeriod = j.basis(inPeriodDated)
        guard inPeriod.count > 0 else {
            return (.short(Message(en: "None of the \(Language.en.count(j.records.count, Noun(en: "\(en.lowercased()) record", "\(en.lowercased()) records", nl: "registratie", "registraties"))) lies in the figures period \(from) to \(to).",
                                   nl: "Geen van de \(j.records.count) records met \(nl)cijfers valt in de cijferperiode \(from) t/m \(to)."),
                           Message(en: Phrase.capitalised(j.addEn) + ".", nl: Phrase.capitalised(j.addNl) + ".")), j.all)
        }
        if inPeriodDated.allSatisfy(\.span.isCount), let gap = Self.firstGap(inPeriodDated.map(\.span), from: from, to: to) {
            return (.short(Message(en: "The \(en.lowercased()) counts do not cover the figures period \(from) to \(to): nothing is recorded for \(gap.first) to \(gap.last).",
                                   nl: "De \(nl)cijfers dekken de cijferperiode \(from) t/m \(to) niet: er is niets vastgelegd voor \(gap.first) t/m \(gap.last)."),
                           Message(en: "Add the \(en.lowercased()) figures for \(gap.first) to \(gap.last).",
                                   nl: "Voeg de \(nl)cijfers over \(gap.first) t/m \(gap.last) toe.")), inPeriod)
        }
        let n = inPeriod.total
        let periodEn = to == whole ? "the whole year \(from) to \(to)" : "\(from) to \(to), more than a whole year,"
        let periodNl = to == whole ? "het gehele jaar \(from) t/m \(to)" : "\(from) t/m \(to), meer dan een geheel jaar,"
        return (.covered(Message(en: "\(en) figures cover \(periodEn) before \(j.beforeEn): \(Language.en.count(n, Noun(en: "incident", "incidents", nl: "incident", "incidenten"))) in \(Language.en.count(inPeriod.count, Noun(en: "record", "records", nl: "registratie", "registraties"))).",
                                 nl: "De \(nl)cijfers beslaan \(periodNl) vóór \(j.beforeNl): \(n) incident\(n == 1 ? "" : "en") in \(inPeriod.count) record\(inPeriod.count == 1 ? "" : "s").")), inPeriod)
    }

    /// No stated period: judge from the records themselves, up to the analysis.
    func judgeFromRecords(_ j: Judging) -> (outcome: Outcome, records: Basis) {
        let before = j.select { $0.last <= j.limit }.map(\.span)
        let setPeriodEn = "if they were delivered for a whole year, state it with set analysis figuresFrom=YYYY-MM-DD figuresTo=YYYY-MM-DD"
        let setPeriodNl = "als ze over een geheel jaar zijn geleverd, leg dat vast met wijzig analysis figuresFrom=JJJJ-MM-DD figuresTo=JJJJ-MM-DD"
        guard let first = before.map(\.first).min(), let last = before.map(\.last).max() else {
            return (.short(Message(en: "All \(Language.en.count(j.records.count, Noun(en: "\(en.lowercased()) record", "\(en.lowercased()) records", nl: "registratie", "registraties"))) lie after \(j.beforeEn).",
                                   nl: "Alle \(j.records.count) records met \(nl)cijfers liggen na \(j.beforeNl)."),
                           Message(en: Phrase.capitalised(j.addEn) + ".", nl: Phrase.capitalised(j.addNl) + ".")), j.all)
        }
        if let stretch = Self.longestCover(before.filter(\.isCount)), stretch.last >= Handbook.Analysis.figuresEnd(from: stretch.first) {
            let counted = j.basis(j.select { $0.isCount && $0.first >= stretch.first && $0.last <= stretch.last })
            let n = counted.total
            return (.covered(Message(en: "\(en) counts cover \(stretch.first) to \(stretch.last) without a gap, at least a whole year before \(j.beforeEn): \(Language.en.count(n, Noun(en: "incident", "incidents", nl: "incident", "incidenten"))).",
                                     nl: "De \(nl)cijfers beslaan \(stretch.first) t/m \(stretch.last) zonder onderbreking, ten minste een geheel jaar vóór \(j.beforeNl): \(n) incident\(n == 1 ? "" : "en").")), counted)
        }
        if last >= Handbook.Analysis.figuresEnd(from: first) {
            let kept = j.basis(j.select { $0.last <= j.limit })
            let n = kept.total
            return (.covered(Message(en: "\(en) figures run from \(first) to \(last), at least a whole year before \(j.beforeEn): \(Language.en.count(n, Noun(en: "incident", "incidents", nl: "incident", "incidenten"))) in \(Language.en.count(before.count, Noun(en: "record", "records", nl: "registratie", "registraties"))).",
                                     nl: "De \(nl)cijfers lopen van \(first) t/m \(last), ten minste een geheel jaar vóór \(j.beforeNl): \(n) incident\(n == 1 ? "" : "en") in \(before.count) record\(before.count == 1 ? "" : "s").")), kept)
        }
        return (.missing(Message(en: "The \(en.lowercased()) figures run only from \(first) to \(last), less than a whole year before \(j.beforeEn); \(setPeriodEn), otherwise \(j.addEn).",
                                 nl: "De \(nl)cijfers lopen alleen van \(first) t/m \(last), minder dan een geheel jaar vóór \(j.beforeNl); \(setPeriodNl), anders \(j.addNl).")), j.all)
    }

    static func span(date: Day?, from: Day?, to: Day?) -> Span? {
        if let from, let to, from <= to { return Span(first: from, last: to, isCount: true) }
        if let day = date { return Span(first: day, last: day, isCount: false) }
        if let from { return Span(first: from, last: from, isCount: false) }
        if let to { return Span(first: to, last: to, isCount: false) }
        return nil
    }

    /// The spans merged where they touch or overlap, in order.
    static func merged(_ spans: [Span]) -> [Span] {
        var out: [Span] = []
        for s in spans.sorted(by: { $0.first < $1.first }) {
            if let last = out.last, s.first <= last.last.adding(days: 1) {
                out[out.count - 1] = Span(first: last.first, last: max(last.last, s.last), isCount: true)
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// The longest stretch the spans cover without a gap.
    static func longestCover(_ spans: [Span]) -> Span? {
        merged(spans).max { $0.first.days(until: $0.last) < $1.first.days(until: $1.last) }
    }

    /// The first stretch of from...to that no span covers.
    static func firstGap(_ spans: [Span], from: Day, to: Day) -> Span? {
        var cursor = from
        for s in merged(spans) {
            if s.first > cursor { return Span(first: cursor, last: min(s.first.adding(days: -1), to), isCount: false) }
            if s.last >= cursor { cursor = s.last.adding(days: 1) }
            if cursor > to { return nil }
        }
        return cursor <= to ? Span(first: cursor, last: to, isCount: false) : nil
    }
}
