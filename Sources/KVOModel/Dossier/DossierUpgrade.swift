/// Upgrades a dossier file of an older format to the current one, in memory, one tested step per
/// version, so that later versions chain (`/1` → `/2` → `/3` …). kvo opens an old file, says once
/// that it upgraded it, and writes the current format on save, keeping the old file beside it
/// (`NAME.v1.json`) the first time (Workspace.save).
public enum DossierUpgrade {
    /// One version step.
    public struct Step: Sendable {
        public let from: String
        public let to: String
        /// Top-level sections renamed by this step, old name first; a load error in a renamed
        /// section is still placed in the file as written.
        public let renamedSections: [String: String]
        /// What changes for the user, for the notice at open.
        public let summary: Message
        let apply: @Sendable (inout [String: JSONValue]) -> Void
    }

    /// kvo-dossier/1 → /2 (issue 11): the kind `markuses` is called `markUses`. Every field /2
    /// adds is optional (member `joined`/`left`, audit `applied`, adjacent `onMap`, analysis
    /// `widerSelections`, result and answer `questionId`, finding `otherApproach`, measure
    /// `evaluation`/`improvement`, the evaluation's collaboration questions), so a /1 record is
    /// a valid /2 record as it stands.
    static let v1to2 = Step(
        from: "kvo-dossier/1", to: "kvo-dossier/2", renamedSections: ["markuses": "markUses"],
        summary: Message(en: "the mark uses are now called markUses, and new optional fields exist",
                         nl: "het keurmerkgebruik heet nu markUses, en er zijn nieuwe, optionele velden"),
        apply: { top in
            if let old = top.removeValue(forKey: "markuses") {
                if case .array(let newer)? = top["markUses"], case .array(let older) = old {
                    top["markUses"] = .array(older + newer)
                } else {
                    top["markUses"] = old
                }
            }
        })

    /// Every step, oldest first; each step's `to` is the next step's `from`.
    public static let steps: [Step] = [v1to2]

    /// The formats kvo reads: the current one and every one it can upgrade.
    public static var readable: [String] { steps.map(\.from) + [Schema.format] }

    /// Upgrades `top` (the file's top-level object, whose `format` is `format`) to the current
    /// format, step by step. Returns the steps taken (none for a current file), or nil when
    /// `format` is not one kvo can read.
    public static func upgrade(_ top: inout [String: JSONValue], from format: String) -> [Step]? {
        if format == Schema.format { return [] }
        guard var at = steps.firstIndex(where: { $0.from == format }) else { return nil }
        var taken: [Step] = []
        while at < steps.count {
            let step = steps[at]
            step.apply(&top)
            top["format"] = .string(step.to)
            taken.append(step)
            at += 1
        }
        return taken
    }
}
