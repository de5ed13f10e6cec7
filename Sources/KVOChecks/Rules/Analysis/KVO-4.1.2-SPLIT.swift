import KVOModel

/// §4.1.2: figures selected by a postcode area larger than the KVO area are split into "bedrijventerrein" and "overig".
///
/// §4.1.2: "Als de selectie van aangiftes en meldingen op postcodegebied is uitgevoerd én het
/// gebied groter is dan het KVO-bedrijventerrein worden de cijfers ... gesplitst op
/// 'bedrijventerrein' en 'overig'", for the municipality's reports "wederom". Where the analysis
/// states which sources selected wider (analysis.widerSelections), a listed source's records must
/// all say where they lie, and an unlisted one needs no split. Where it does not (every /1
/// dossier, and "other" sources, which the field cannot name), the rule falls back to its old
/// reading of the records: a source with any record marked area=overig evidently selected beyond
/// the KVO area, so all its records must say where they lie; a source whose records all say
/// bedrijventerrein needs no split; a source whose records say nothing cannot be judged.
struct FiguresSplit: RuleEvaluator {
    let id = "KVO-4.1.2-SPLIT"

    static let sources: [(id: IncidentRecord.Source, en: String, nl: String)] = [
        (.police, "police", "politie"), (.fire, "fire brigade", "brandweer"),
        (.municipality, "municipality", "gemeente"), (.other, "other sources", "overige bronnen"),
    ]

    /// Per source the counts on the park and elsewhere, and the records that say neither.
    struct Tally { var park = 0, elsewhere = 0, total = 0, records = 0, overigRecords = 0; var unsplit: [String] = [] }

    /// Whether the analysis says the source selected by an area larger than the KVO area: nil when
    /// it does not say (no widerSelections recorded, or a source the field cannot name).
    static func wider(_ source: IncidentRecord.Source, _ analysis: AnalysisRecord) -> Bool? {
        // Present, even as an empty list, the field speaks for every source it can name.
        guard analysis.record[AnalysisRecord.Field.widerSelections] != nil,
              let named = AnalysisRecord.WiderSelection(rawValue: source.rawValue) else { return nil }
        return analysis.widerSelections.contains(named)
    }

    func evaluate(_ c: CheckContext) -> Finding {
        let bySource = c.cache.incidentsBySource(c)
        guard !bySource.isEmpty else {
            return .missing(Message(en: "No incident figures are recorded, so there is nothing to split yet; add them with add incident source=police category=\"...\" area=bedrijventerrein ....",
                                    nl: "Er zijn geen incidentcijfers vastgelegd, dus nog niets te splitsen; voeg ze toe met voegtoe incident source=police category=\"...\" area=bedrijventerrein ...."))
        }
        // One pass over the incidents (up to 20,000).
        var tallies: [String: Tally] = [:]
        for (source, facts) in bySource where !source.isEmpty {
            var t = Tally()
            for f in facts {
                t.records += 1
                t.total += f.count
                switch f.area {
                case .bedrijventerrein?: t.park += f.count
                case .overig?: t.elsewhere += f.count; t.overigRecords += 1
                case nil: t.unsplit.append(f.record.id)
                }
            }
            tallies[source] = t
        }
        let analysis = c.analysis
        var splitEn: [String] = [], splitNl: [String] = []
        var failEn: [String] = [], failNl: [String] = []
        var unknownEn: [String] = [], unknownNl: [String] = []
        var contraryEn: [String] = [], contraryNl: [String] = []
        for source in Self.sources {
            guard let t = tallies[source.id.rawValue] else { continue }
            let unsplit = t.unsplit
            let ids = unsplit.prefix(8).joined(separator: ", ") + (unsplit.count > 8 ? ", ..." : "")
            let wider = Self.wider(source.id, analysis)
            if wider == false {
                if t.overigRecords > 0 {
                    contraryEn.append("\(source.en): \(Language.en.count(t.overigRecords, Noun(en: "record is", "records are", nl: "registratie is", "registraties zijn"))) marked overig, but analysis.widerSelections does not list \(source.id.rawValue)")
                    contraryNl.append("\(source.nl): \(t.overigRecords == 1 ? "1 record is" : "\(t.overigRecords) records zijn") gemarkeerd als overig, maar analysis.widerSelections noemt \(source.id.rawValue) niet")
                }
                splitEn.append("\(source.en) \(t.total), selected by the KVO area itself (no split needed)")
                splitNl.append("\(source.nl) \(t.total), geselecteerd op het KVO-gebied zelf (geen splitsing nodig)")
                continue
            }
            if (wider == true || t.overigRecords > 0) && !unsplit.isEmpty {
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
        if !contraryEn.isEmpty {
            return .missing(Message(en: "\(Phrase.capitalised(contraryEn.joined(separator: "; "))); if the selection was larger than the KVO area, add the source to analysis.widerSelections, otherwise correct the records.",
                                    nl: "\(Phrase.capitalised(contraryNl.joined(separator: "; "))); als de selectie groter was dan het KVO-gebied, voeg de bron toe aan analysis.widerSelections, anders corrigeer de records."))
        }
        let needless = Self.sources.contains { tallies[$0.id.rawValue] != nil && Self.wider($0.id, analysis) == false }
        let leadEn = needless ? "Every figure that must be split says where it lies" : "Every figure says where it lies"
        let leadNl = needless ? "Elk cijfer dat gesplitst moet worden vermeldt waar het ligt" : "Elk cijfer vermeldt waar het ligt"
        return .met(Message(en: "\(leadEn): \(splitEn.joined(separator: "; ")).",
                            nl: "\(leadNl): \(splitNl.joined(separator: "; "))."))
    }
}
