extension Handbook {
    /// §5.2.2 "Eerste KVO-audit": "Op het moment van de audit door de certificatie instelling moeten
    /// er vier maatregelen uit het plan van aanpak zijn uitgevoerd. Dat zijn drie maatregelen /
    /// acties vanuit de schouw en één maatregel op het vlak van communicatie naar de achterban van
    /// de ondernemers in het KVO-gebied."
    ///
    /// The one reading of it that `check` (KVO-5.2.2-FOUR-MEASURES) and `plan` (the §5.2.2
    /// constraint) share, so that they cannot disagree about a dossier:
    ///
    /// - **Executed by the audit** means status `done` with a done date **on or before** the audit
    ///   date. The handbook fixes the moment as the audit itself ("op het moment van de audit ...
    ///   zijn uitgevoerd"), not a day before it and not the delivery of the documents (§5.2.1). The
    ///   dossier records days, not hours: a measure done on the audit day (a newsletter sent that
    ///   morning) has been executed at the moment of the audit as far as a day can tell, and the
    ///   auditor judges the executed measures on site (§5.4, §6.3). So the audit day counts, the day
    ///   after does not. (Before issue 11 the planner counted only days before the audit.)
    /// - A measure marked done **without a done date** cannot be placed before or after the audit:
    ///   it counts neither way. When such measures could close the gap, the dossier is asked for
    ///   their dates (check: not assessable; plan: unknown) instead of counting them silently
    ///   (as the planner did) or failing.
    /// - **From the inspection** ("vanuit de schouw"): a measure that carries an inspection finding
    ///   (`finding` set), the action the inspection led to. The fixed day and evening inspections
    ///   of §4.2.5 are the inspection itself, not actions from it.
    /// - **A communication** ("op het vlak van communicatie naar de achterban"): a measure with
    ///   `fixed=communication` that carries no finding (a measure counts once, and one with a
    ///   finding counts as from the inspection), or a communications record to all entrepreneurs
    ///   dated from the plan's adoption up to and including the audit date. A record on the day of a
    ///   communication measure is that measure's execution and is counted once.
    public enum FirstAudit {
        /// "drie maatregelen / acties vanuit de schouw".
        public static let fromInspection = 3
        /// "één maatregel op het vlak van communicatie".
        public static let communications = 1
        /// "vier maatregelen".
        public static var measures: Int { fromInspection + communications }

        /// A measure as §5.2.2 reads it.
        public struct Measure: Sendable, Equatable {
            /// The dossier's measure.
            public init(_ m: MeasureRecord) {
                self.init(id: m.id, status: m.status?.rawValue, done: m.done, finding: m.finding != nil, fixed: m.fixed?.rawValue)
            }

            public let id: String
            public let status: String?
            public let done: Day?
            /// Whether the measure carries an inspection finding.
            public let finding: Bool
            public let fixed: String?

            public init(id: String, status: String?, done: Day?, finding: Bool, fixed: String?) {
                self.id = id
                self.status = status
                self.done = done
                self.finding = finding
                self.fixed = fixed
            }

            /// An action from the inspection.
            public var isFromInspection: Bool { finding }
            /// A communication to the entrepreneurs (counted once: a measure with a finding is from the inspection).
            public var isCommunication: Bool { !finding && fixed == MeasureRecord.Fixed.communication.rawValue }
            public var isDone: Bool { status == MeasureRecord.Status.done.rawValue }
        }

        /// A communications record as §5.2.2 reads it.
        public struct CommunicationRecord: Sendable, Equatable {
            public let id: String
            public let audience: String?
            public let date: Day?

            public init(id: String, audience: String?, date: Day?) {
                self.id = id
                self.audience = audience
                self.date = date
            }
        }

        /// Whether a measure was executed by the audit: done, with a done date on or before it.
        public static func executed(_ m: Measure, by audit: Day) -> Bool {
            guard m.isDone, let done = m.done else { return false }
            return done <= audit
        }

        /// Whether a measure is done but has no done date, so that it cannot be counted either way.
        public static func undated(_ m: Measure) -> Bool { m.isDone && m.done == nil }

        /// Whether a communications record counts as the communication: to all entrepreneurs, from
        /// the plan's adoption (when known) up to and including the audit date.
        public static func counts(_ message: CommunicationRecord, planStart: Day?, audit: Day) -> Bool {
            guard message.audience == KVOModel.CommunicationRecord.Audience.allEntrepreneurs.rawValue, let day = message.date else { return false }
            return day <= audit && (planStart.map { day >= $0 } ?? true)
        }

        /// What the dossier shows by the audit.
        public struct Tally: Sendable, Equatable {
            public let audit: Day
            /// Executed measures from the inspection.
            public let fromInspection: [Measure]
            /// Executed communications: measures and records, with their day.
            public let communications: [Evidence]
            /// Done measures without a done date, by category.
            public let undatedFromInspection: [Measure]
            public let undatedCommunications: [Measure]

            public struct Evidence: Sendable, Equatable {
                public let id: String
                public let day: Day
            }

            public enum Verdict: Sendable, Equatable {
                /// Enough is executed.
                case met
                /// Short, but done measures without a done date could close the gap: these.
                case undated([Measure])
                /// Short by this many from the inspection and communications.
                case short(fromInspection: Int, communications: Int)
            }

            /// How many more from the inspection and communications are needed, after `planned`
            /// ones the planner expects to end before the audit (0 for a verdict on the record).
            public func shortfall(plannedFromInspection: Int = 0, plannedCommunications: Int = 0) -> (fromInspection: Int, communications: Int) {
                (max(0, FirstAudit.fromInspection - fromInspection.count - plannedFromInspection),
                 max(0, FirstAudit.communications - communications.count - plannedCommunications))
            }

            /// The verdict: met, to be dated, or short.
            public func verdict(plannedFromInspection: Int = 0, plannedCommunications: Int = 0) -> Verdict {
                let (inspection, communication) = shortfall(plannedFromInspection: plannedFromInspection, plannedCommunications: plannedCommunications)
                if inspection == 0 && communication == 0 { return .met }
                let couldClose = undatedFromInspection.count >= inspection && (communication == 0 || undatedCommunications.count >= communication)
                if couldClose {
                    return .undated((inspection > 0 ? undatedFromInspection : []) + (communication > 0 ? undatedCommunications : []))
                }
                return .short(fromInspection: inspection, communications: communication)
            }
        }

        /// Counts the measures and communications records of a dossier against §5.2.2 by `audit`.
        public static func tally(measures: [Measure], messages: [CommunicationRecord], planStart: Day?, audit: Day) -> Tally {
            let executed = measures.filter { Self.executed($0, by: audit) }
            let undated = measures.filter(Self.undated)
            let communicationMeasures = executed.filter(\.isCommunication)
            let measureDays = Set(communicationMeasures.compactMap(\.done))
            let records = messages.filter { counts($0, planStart: planStart, audit: audit) && !measureDays.contains($0.date!) }
            return Tally(audit: audit, fromInspection: executed.filter(\.isFromInspection),
                         communications: communicationMeasures.map { .init(id: $0.id, day: $0.done!) } + records.map { .init(id: $0.id, day: $0.date!) },
                         undatedFromInspection: undated.filter(\.isFromInspection), undatedCommunications: undated.filter(\.isCommunication))
        }
    }
}
