import KVOModel

/// §3.6.2: a renewal's document set holds a new safety analysis, a renewed plan of action and evaluation reports on the collaboration and on the effect of the measures.
///
/// "New" and "renewed" mean dated after the issue date of the latest certificate; without a
/// certificate on record only their presence is checked, and the message says so. The evaluation
/// reports are the evaluation records: one answering how the collaboration went, one answering the
/// questions on the measures (executed, helped, why).
struct DocsetRenewal: RuleEvaluator {
    let id = "KVO-3.6-DOCSET-RENEWAL"

    func evaluate(_ c: CheckContext) -> Finding {
        // Documents dated after the as-of date do not exist yet at that date.
        let documents = c.documents.filter { ($0.date.map { $0 <= c.asOf }) != false }
        guard !documents.isEmpty else {
            return .missing(Message(en: "No documents dated on or before \(c.asOf) are recorded; add the new safety analysis and the renewed plan of action with: add document \"NAME\" type=analysis version=2.0 date=YYYY-MM-DD.",
                                    nl: "Er zijn geen documenten tot en met \(c.asOf) vastgelegd; voeg de nieuwe veiligheidsanalyse en het vernieuwde plan van aanpak toe met: voegtoe document \"NAAM\" type=analysis version=2.0 date=JJJJ-MM-DD."))
        }
        let since = c.certificates.compactMap(\.issued).filter { $0 <= c.asOf }.max()
        func current(_ type: DocumentRecord.Kind) -> (new: [String], old: [String]) {
            let all = documents.filter { $0.type == type }
            /// Current versions only, when there are any.
            func ids(_ docs: [DocumentRecord]) -> [String] {
                let current = docs.filter { $0.superseded != true }
                return (current.isEmpty ? docs : current).map(\.id)
            }
            guard let since else { return (ids(all), []) }
            return (ids(all.filter { ($0.date.map { $0 > since }) == true }),
                    all.filter { ($0.date.map { $0 > since }) != true }.map(\.id))
        }
        var haveEN: [String] = [], haveNL: [String] = [], lackEN: [String] = [], lackNL: [String] = []
        let afterEN = since.map { " dated after the certificate of \($0)" } ?? ""
        let afterNL = since.map { " gedateerd na het certificaat van \($0)" } ?? ""
        for (type, en, nl) in [(DocumentRecord.Kind.analysis, "a new safety analysis", "een nieuwe veiligheidsanalyse"),
                               (.plan, "a renewed plan of action", "een vernieuwd plan van aanpak")] {
            let (new, old) = current(type)
            if !new.isEmpty {
                haveEN.append("\(en) (\(new.joined(separator: ", ")))"); haveNL.append("\(nl) (\(new.joined(separator: ", ")))")
            } else {
                let oldEN = old.isEmpty ? "" : "; \(Language.en.list(old)) \(old.count == 1 ? "is" : "are") older"
                let oldNL = old.isEmpty ? "" : "; \(Language.nl.list(old)) \(old.count == 1 ? "is" : "zijn") ouder"
                lackEN.append("\(en) (document type=\(type.rawValue)\(afterEN)\(oldEN))"); lackNL.append("\(nl) (document type=\(type.rawValue)\(afterNL)\(oldNL))")
            }
        }
        let evaluations = c.evaluations
        let onCollaboration = evaluations.filter { $0.collaboration != nil }.map(\.id)
        let onMeasures = evaluations.filter { $0.executed != nil || $0.helped != nil || $0.why != nil }.map(\.id)
        if onCollaboration.isEmpty {
            lackEN.append("an evaluation report on the collaboration (no evaluation records how the collaboration went)")
            lackNL.append("een evaluatieverslag over de samenwerking (geen evaluatie beschrijft hoe de samenwerking verliep)")
        } else {
            haveEN.append("an evaluation of the collaboration (\(onCollaboration.joined(separator: ", ")))")
            haveNL.append("een evaluatie van de samenwerking (\(onCollaboration.joined(separator: ", ")))")
        }
        if onMeasures.isEmpty {
            lackEN.append("an evaluation report on the effect of the measures (no evaluation answers whether they were executed, what helped or why)")
            lackNL.append("een evaluatieverslag over het resultaat van de maatregelen (geen evaluatie beantwoordt of ze zijn uitgevoerd, wat hielp of waarom)")
        } else {
            haveEN.append("an evaluation of the measures (\(onMeasures.joined(separator: ", ")))")
            haveNL.append("een evaluatie van de maatregelen (\(onMeasures.joined(separator: ", ")))")
        }
        let noteEN = since == nil ? "; no earlier certificate is recorded, so whether the analysis and plan are new was not checked" : ""
        let noteNL = since == nil ? "; er is geen eerder certificaat vastgelegd, dus of analyse en plan nieuw zijn is niet gecontroleerd" : ""
        if lackEN.isEmpty {
            return .met(Message(en: "The renewal document set holds \(Language.en.list(haveEN))\(noteEN).",
                                nl: "De documentenset voor de hercertificering bevat \(Language.nl.list(haveNL))\(noteNL)."))
        }
        let k = lackEN.count, parts = haveEN.count + lackEN.count
        return .notMet(Message(en: "The renewal document set lacks \(Language.en.list(lackEN))\(noteEN).",
                               nl: "De documentenset voor de hercertificering mist \(Language.nl.list(lackNL))\(noteNL)."),
                       short: Message(en: "\(k) of the \(parts) parts of the §3.6.2 set \(k == 1 ? "is" : "are") missing.",
                                      nl: "\(k) van de \(parts) onderdelen van de set uit §3.6.2 \(k == 1 ? "ontbreekt" : "ontbreken")."))
    }
}
