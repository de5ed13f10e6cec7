extension Handbook {
    /// §4.2.4: "De belangrijkste schouwpunten uit het schouwrapport worden ook in de maatregelmatrix
    /// opgenomen. Criteria hiervoor zijn: Als er een andere aanpak nodig is dan tot nu toe voor
    /// herstel van het schouwpunt; Als schouwpunten herhaaldelijk terugkomen, het geen incident meer
    /// is maar een structureel probleem is."
    ///
    /// The one reading of "a recurring inspection point" that `check` (KVO-4.2.4-INSPECTION-POINTS)
    /// and `evidence` (ThemeEvidence) share:
    ///
    /// - **A point** is a group of negative findings (every finding not marked positive) that are
    ///   the same point: linked by `recurs` (either way, and transitively), or found at the same
    ///   location (case and surrounding blanks ignored; in a cluster on the same park).
    /// - **It recurs** when its findings come from at least two inspections. Every finding of a
    ///   recurring point recurs, the first sighting too: the point as a whole is the structural
    ///   problem. A `recurs` link inside one inspection does not make a point recur.
    /// - **It needs another approach** when one of its findings says so (`otherApproach=true`).
    /// - **It belongs in the matrix** when it recurs or needs another approach; a measure whose
    ///   `finding` is any finding of the point takes it in.
    public enum InspectionPoints {
        /// One inspection point: the negative findings that are the same point, in file order.
        public struct Point: Sendable, Equatable {
            public let findings: [FindingRecord]

            /// The inspections the point was found in.
            public var inspections: Set<String> { Set(findings.compactMap(\.inspection)) }
            /// §4.2.4 "herhaaldelijk terugkomen": found in at least two inspections.
            public var recurs: Bool { inspections.count >= 2 }
            /// §4.2.4 "een andere aanpak nodig ... voor herstel van het schouwpunt".
            public var needsOtherApproach: Bool { findings.contains { $0.otherApproach == true } }
            /// Whether §4.2.4 takes the point into the measures matrix.
            public var belongsInMatrix: Bool { recurs || needsOtherApproach }
            /// The IDs of its findings.
            public var ids: [String] { findings.map(\.id) }
        }

        /// Whether a finding counts as negative (needs change): every finding not marked positive.
        public static func isNegative(_ finding: FindingRecord) -> Bool { finding.kind != .positive }

        /// The points of a dossier's findings (positive ones are left out), in the order of their
        /// first finding.
        public static func points(_ findings: [FindingRecord]) -> [Point] {
            let negatives = findings.filter(isNegative)
            var parent = Dictionary(negatives.map { ($0.id, $0.id) }, uniquingKeysWith: { first, _ in first })
            func root(_ x: String) -> String {
                var r = x
                while let p = parent[r], p != r { r = p }
                return r
            }
            func join(_ x: String, _ y: String) {
                let a = root(x), b = root(y)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
            var firstAt: [String: String] = [:]
            for f in negatives {
                for earlier in f.recurs where parent[earlier] != nil { join(f.id, earlier) }
                if let place = place(f) {
                    if let other = firstAt[place] { join(f.id, other) } else { firstAt[place] = f.id }
                }
            }
            var groups: [String: [FindingRecord]] = [:], order: [String] = []
            for f in negatives {
                let r = root(f.id)
                if groups[r] == nil { order.append(r) }
                groups[r, default: []].append(f)
            }
            return order.map { Point(findings: groups[$0]!) }
        }

        /// The IDs of the negative findings that recur: those of a recurring point.
        public static func recurring(_ findings: [FindingRecord]) -> Set<String> {
            Set(points(findings).filter(\.recurs).flatMap(\.ids))
        }

        /// Where a finding was seen, as compared: its park (clusters) and its location, lower case,
        /// without surrounding blanks; nil without a location.
        static func place(_ f: FindingRecord) -> String? {
            guard let location = f.location?.lowercased().trimmingBlanks, !location.isEmpty else { return nil }
            return (f.park ?? "") + "\u{1F}" + location
        }
    }
}

private extension String {
    var trimmingBlanks: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s = s.dropFirst() }
        while let c = s.last, c.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
