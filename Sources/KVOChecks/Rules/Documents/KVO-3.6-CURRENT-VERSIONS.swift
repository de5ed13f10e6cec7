import KVOModel

/// §3.6: each document has a version and a date, and superseded versions are marked as such.
///
/// Documents with the same name (ignoring case) are versions of one document: all but the latest
/// (by date) must be marked superseded. A document superseded by one under another name cannot be
/// recognised, so a superseded mark is never questioned.
struct DocumentVersions: RuleEvaluator {
    let id = "KVO-3.6-CURRENT-VERSIONS"

    func evaluate(_ c: CheckContext) -> Finding {
        let documents = c.documents
        guard !documents.isEmpty else {
            return .missing(Message(en: "No documents are recorded; add them with: add document \"NAME\" type=plan version=1.0 date=YYYY-MM-DD.",
                                    nl: "Er zijn geen documenten vastgelegd; voeg ze toe met: voegtoe document \"NAAM\" type=plan version=1.0 date=JJJJ-MM-DD."))
        }
        var gapsEN: [String] = [], gapsNL: [String] = [], failing: [String] = []
        for d in documents {
            var en: [String] = [], nl: [String] = []
            if d.version == nil { en.append("no version"); nl.append("geen versie") }
            if d.date == nil { en.append("no date"); nl.append("geen datum") }
            if !en.isEmpty {
                failing.append(d.id)
                gapsEN.append("\(d.id) has \(en.joined(separator: " and "))")
                gapsNL.append("\(d.id) heeft \(nl.joined(separator: " en "))")
            }
        }
        // Older versions of the same name that are not marked superseded.
        var groups: [String: [DocumentRecord]] = [:], order: [String] = []
        for d in documents {
            let key = (d.name ?? d.id).lowercased()
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(d)
        }
        let incomplete = failing
        var unmarked: [String] = []
        for key in order {
            let dated = groups[key]!.filter { $0.date != nil }
            guard dated.count > 1, let latest = dated.map({ $0.date! }).max() else { continue }
            for d in dated where d.date! < latest && d.superseded != true {
                let newer = dated.filter { $0.date! > d.date! }.max { $0.date! < $1.date! }!
                unmarked.append(d.id)
                if !failing.contains(d.id) { failing.append(d.id) }
                gapsEN.append("\(d.id) (\(d.date!)) is an older version of \(newer.id) (\(newer.date!)) but is not marked superseded")
                gapsNL.append("\(d.id) (\(d.date!)) is een oudere versie van \(newer.id) (\(newer.date!)) maar is niet als vervangen gemarkeerd")
            }
        }
        let n = documents.count
        let superseded = documents.filter { $0.superseded == true }.count
        if failing.isEmpty {
            return .met(Message(en: "\(n == 1 ? "The only document has" : "All \(n) documents have") a version and a date, and \(superseded) superseded version\(superseded == 1 ? " is" : "s are") marked as such.",
                                nl: "\(n == 1 ? "Het enige document heeft" : "Alle \(n) documenten hebben") een versie en een datum, en \(superseded) vervangen versie\(superseded == 1 ? " is" : "s zijn") als zodanig gemarkeerd."))
        }
        let k = failing.count
        let example = incomplete.first.map { "set \($0) version=1.0 date=YYYY-MM-DD" } ?? "set \(unmarked[0]) superseded=true"
        let voorbeeld = incomplete.first.map { "wijzig \($0) version=1.0 date=JJJJ-MM-DD" } ?? "wijzig \(unmarked[0]) superseded=true"
        return .notMet(Message(en: "\(k) of \(n) documents \(k == 1 ? "is" : "are") not kept as current versions: \(gapsEN.joined(separator: "; ")).",
                               nl: "\(k) van de \(n) documenten \(k == 1 ? "wordt" : "worden") niet als actuele versies bijgehouden: \(gapsNL.joined(separator: "; "))."),
                       short: Message(en: "fix \(Language.en.list(failing)), e.g. \(example).",
                                      nl: "herstel \(Language.nl.list(failing)), bijv. \(voorbeeld)."))
    }
}
