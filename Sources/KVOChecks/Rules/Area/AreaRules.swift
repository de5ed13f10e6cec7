import KVOModel

/// The evaluators of this section of the handbook, one per rule, each in its own file named after the rule ID.
enum AreaRules {
    static let all: [any RuleEvaluator] = [
        AreaDelineated(),
        MaxEntrepreneurs(),
        AdjacentMarked(),
        ClusterSize(),
        ClusterOneMunicipality(),
        ClusterFormalName(),
        ClusterParkRepresented(),
        ClusterCoordinator(),
    ]
}

/// What the rules of §3.1 and §3.1.1 (and some of §3.2 to §3.4) read the same way.
enum AreaFacts {
    /// A park's (member's, party's, ...) name in the workgroup, else its ID.
    static func name(_ record: some NamedRecord) -> String { record.name ?? record.id }

    /// The first `limit` characters of a text, with "…" when cut, for quoting a description as evidence.
    static func excerpt(_ text: String, _ limit: Int = 90) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }

    /// A text without leading and trailing blanks, lower-cased (for comparing names).
    static func normalised(_ text: String) -> String {
        // Trimmed in place on a Substring: a String made from reversed views went through generic
        // code costing 300,000 instructions a name (issue 15).
        var trimmed = Substring(text.lowercased())
        while trimmed.first == " " { trimmed.removeFirst() }
        while trimmed.last == " " { trimmed.removeLast() }
        return String(trimmed)
    }

    /// For rules that apply to clusters only: what to report when there is no cluster (no parks:
    /// not assessable; one park: not applicable), or nil when the area is a cluster.
    static func unlessCluster(_ c: CheckContext) -> Finding? {
        let parks = c.parks
        if parks.isEmpty {
            return .missing(Message(en: "No parks are recorded, so it cannot be told whether the area is a cluster; add them with: add park \"NAME\" entrepreneurs=N.",
                                    nl: "Er zijn geen terreinen vastgelegd, dus niet te zeggen of het gebied een cluster is; voeg ze toe met: voegtoe park \"NAAM\" entrepreneurs=N."))
        }
        if parks.count == 1 {
            return .notApplicable(Message(en: "Applies to clusters only; the area has one park (\(name(parks[0]))).",
                                          nl: "Geldt alleen voor een cluster; het gebied bestaat uit één terrein (\(name(parks[0])))."))
        }
        return nil
    }
}
