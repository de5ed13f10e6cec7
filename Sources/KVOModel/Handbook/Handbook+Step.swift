extension Handbook {
    /// §1.2 "Stappen": the eight steps every trajectory goes through, and which one a dossier is at.
    public enum Step: Int, CaseIterable, Sendable, Comparable {
        case workgroup = 1, safetyAnalysis, planOfAction, firstAudit, execution, evaluation, renewedPlan, followUpAudit

        public var number: Int { rawValue }

        public static func < (a: Step, b: Step) -> Bool { a.rawValue < b.rawValue }

        /// The step's name (§1.2 "ACTIE").
        public var name: Message {
            switch self {
            case .workgroup: Message(en: "workgroup", nl: "werkgroep")
            case .safetyAnalysis: Message(en: "safety analysis", nl: "veiligheidsanalyse")
            case .planOfAction: Message(en: "plan of action", nl: "plan van aanpak")
            case .firstAudit: Message(en: "first audit", nl: "eerste audit")
            case .execution: Message(en: "execution", nl: "uitvoering")
            case .evaluation: Message(en: "evaluation and new analysis", nl: "evaluatie en nieuwe analyse")
            case .renewedPlan: Message(en: "renewed plan", nl: "vernieuwd plan")
            case .followUpAudit: Message(en: "follow-up audit after \(Certificate.validityYears) years",
                                         nl: "vervolgaudit na \(Certificate.validityYears) jaar")
            }
        }

        /// The handbook paragraphs (and their subparagraphs) that matter most at this step, for
        /// putting what is missing in order (kvo's reading of §1.2 "RESULTAAT").
        public var paragraphs: [String] {
            switch self {
            case .workgroup: ["3"]
            case .safetyAnalysis: ["4.1"]
            case .planOfAction: ["4.2", "4.3"]
            case .firstAudit: ["5", "6"]
            case .execution: ["4.3", "4.2", "3.7"]
            case .evaluation: ["4.4", "4.1"]
            case .renewedPlan: ["4.5", "4.2"]
            case .followUpAudit: ["5", "6", "7"]
            }
        }

        /// The dossier facts the step depends on.
        public struct Facts: Sendable, Equatable {
            /// The `type`s of the parties recorded.
            public var partyTypes: Set<String>
            /// Whether a member has the role of chair.
            public var hasChair: Bool
            /// Whether the safety analysis is concluded (has a date).
            public var analysisConcluded: Bool
            /// The plan of action's adoption date, if adopted.
            public var planAdopted: Day?
            /// Whether the trajectory heads for a first certification.
            public var firstCertification: Bool
            /// Whether a first audit ended in a positive decision.
            public var firstAuditPassed: Bool
            /// Whether a renewal audit is recorded.
            public var renewalAuditRecorded: Bool
            public var asOf: Day

            public init(partyTypes: Set<String>, hasChair: Bool, analysisConcluded: Bool, planAdopted: Day?, firstCertification: Bool,
                        firstAuditPassed: Bool, renewalAuditRecorded: Bool, asOf: Day) {
                self.partyTypes = partyTypes
                self.hasChair = hasChair
                self.analysisConcluded = analysisConcluded
                self.planAdopted = planAdopted
                self.firstCertification = firstCertification
                self.firstAuditPassed = firstAuditPassed
                self.renewalAuditRecorded = renewalAuditRecorded
                self.asOf = asOf
            }
        }

        /// Step 1's result: entrepreneurs (an association or a representing organisation),
        /// municipality, police and fire brigade take part (§3.2) and a chair is appointed (§3.3).
        public static func workgroupFormed(partyTypes: Set<String>, hasChair: Bool) -> Bool {
            let has = { (kinds: [PartyRecord.Kind]) in kinds.contains { partyTypes.contains($0.rawValue) } }
            return has([.association, .representative]) && has([.municipality]) && has([.police])
                && has([.fireRegion, .fireMunicipal]) && hasChair
        }

        /// The step a dossier is at: the first whose result is not there yet. After the first audit,
        /// plan years 1 and 2 are execution, plan year 3 evaluation and new analysis, and after
        /// it the renewed plan until a renewal audit is recorded.
        public static func current(_ f: Facts) -> Step {
            if !workgroupFormed(partyTypes: f.partyTypes, hasChair: f.hasChair) { return .workgroup }
            if !f.analysisConcluded { return .safetyAnalysis }
            guard let adopted = f.planAdopted else { return .planOfAction }
            if f.firstCertification && !f.firstAuditPassed { return .firstAudit }
            let last = Plan.year(Plan.years, adopted: adopted)
            if f.asOf < last.first { return .execution }
            if f.asOf <= last.last { return .evaluation }
            return f.renewalAuditRecorded ? .followUpAudit : .renewedPlan
        }
    }
}
