import KVOModel

/// §4.1.2: figures selected by a postcode area larger than the KVO area are split into "bedrijventerrein" and "overig".
///
/// The dossier does not record how a source selected its figures. A source with any record marked
/// area=overig evidently selected beyond the KVO area, so all its records must then say where they
/// lie; a source whose records all say bedrijventerrein needs no split; a source whose records say
/// nothing cannot be judged.
struct FiguresSplit: RuleEvaluator {
    let id = "KVO-4.1.2-SPLIT"

    static let sources: [(id: String, en: String, nl: String)] = [
        ("police", "police", "politie"), ("fire", "fire brigade", "brandweer"),
        ("municipality", "municipality", "gemeente"), ("other", "other sources", "overige bronnen"),
    ]

    func evaluate(_ c: CheckContext) -> Finding {
        let bySource = c.cache.incidentsBySource(c)
        guard !bySource.isEmpty else {
            return .missing(Message(en: "No incident figures are recorded, so there is nothing to split yet; add them with add incident source=police category=\"...\" area=bedrijventerrein ....",
                                    nl: "Er zijn geen incidentcijfers vastgelegd, dus nog niets te splitsen; voeg ze toe met voegtoe incident source=police category=\"...\" area=bedrijventerrein ...."))
        }
        // One pass over the incidents (up to 20,000): per source the counts on the park and
        // elsewhere, and the records that say neither.
        struct Tally { var park = 0, elsewhere = 0, records = 0, overigRecords = 0; var unsplit: [String] = [] }
        var tallies: [String: Tally] = [:]
        for (source, facts) in bySource where !source.isEmpty {
            var t = Tally()
            for f in facts {
                t.records += 1
                switch f.area {
                case "bedrijventerrein"?: t.park += f.count
                case "overig"?: t.elsewhere += f.count; t.overigRecords += 1
                default: t.unsplit.append(f.record.id)
                }
            }
            tallies[source] = t
        }
        var splitEn: [String] = [], splitNl: [String] = []
        var failEn: [String] = [], failNl: [String] = []
        var unknownEn: [String] = [], unknownNl: [String] = []
        for source in Self.sources {
            guard let t = tallies[source.id] else { continue }
            let unsplit = t.unsplit
            let ids = unsplit.prefix(8).joined(separator: ", ") + (unsplit.count > 8 ? ", ..." : "")
            if t.overigRecords > 0 && !unsplit.isEmpty {
                failEn.append("\(source.en): \(Language.en.count(unsplit.count, Noun(en: "record has", "records have", nl: "registratie heeft", "registraties hebben"))) no area although the selection reaches beyond the KVO area (\(ids))")
                failNl.append("\(source.nl): \(unsplit.count == 1 ? "1 record heeft" : "\(unsplit.count) records hebben") geen gebied, terwijl de selectie buiten het KVO-gebied reikt (\(ids))")
            } else if !unsplit.isEmpty {
                unknownEn.append("\(source.en): \(Language.en.count(unsplit.count, Noun(en: "record does", "records do", nl: "registratie zegt", "registraties zeggen"))) not say whether it lies on the bedrijventerrein (\(ids))")
                unknownNl.append("\(source.nl): bij \(unsplit.count == 1 ? "1 record" : "\(unsplit.count) records") staat niet of het op het bedrijventerrein ligt (\(ids))")
            }
            if t.overigRecords == 0 {
                splitEn.append("\(source.en) \(t.park) on the bedrijventerrein, none elsewhere")
                splitNl.append("\(source.nl) \(t.park) op het bedrijventerrein, geen elders")
            } else {
                splitEn.append("\(source.en) \(t.park) on the bedrijventerrein and \(t.elsewhere) overig")
                splitNl.append("\(source.nl) \(t.park) op het bedrijventerrein en \(t.elsewhere) overig")
            }
        }
        if !failEn.isEmpty {
            return .notMet(Message(en: "Figures selected beyond the KVO area are not fully split: \(failEn.joined(separator: "; ")).",
                                   nl: "Cijfers die buiten het KVO-gebied zijn geselecteerd, zijn niet volledig gesplitst: \(failNl.joined(separator: "; "))."),
                           short: Message(en: "Mark each of these records area=bedrijventerrein or area=overig.",
                                          nl: "Markeer elk van deze records met area=bedrijventerrein of area=overig."))
        }
        if !unknownEn.isEmpty {
            return .missing(Message(en: "\(Phrase.capitalised(unknownEn.joined(separator: "; "))); mark them area=bedrijventerrein or area=overig (all bedrijventerrein when the figures were selected by the KVO area itself).",
                                    nl: "\(Phrase.capitalised(unknownNl.joined(separator: "; "))); markeer ze met area=bedrijventerrein of area=overig (alle bedrijventerrein als de cijfers op het KVO-gebied zelf zijn geselecteerd)."))
        }
        return .met(Message(en: "Every figure says where it lies: \(splitEn.joined(separator: "; ")).",
                            nl: "Elk cijfer vermeldt waar het ligt: \(splitNl.joined(separator: "; "))."))
    }
}
