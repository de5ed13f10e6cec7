extension Handbook {
    /// §4.4.1 and §4.4.2: the questions the written evaluations answer.
    public enum Evaluation {
        /// One question of the handbook and the evaluation field that answers it.
        public struct Question: Sendable, Equatable {
            /// The `evaluations` field (`EvaluationRecord.Field`).
            public let field: String
            public let text: Message

            public init(field: String, text: Message) {
                self.field = field
                self.text = text
            }

            /// Whether an evaluation answers this question.
            public func isAnswered(by evaluation: EvaluationRecord) -> Bool { evaluation.record.has(field) }
        }

        typealias Field = EvaluationRecord.Field

        /// §4.4.1 "Evaluatie op de maatregelen": "De volgende vier vragen staan hierbij centraal".
        public static let onMeasures = [
            Question(field: Field.executed, text: Message(en: "were the measures executed?", nl: "zijn de maatregelen uitgevoerd?")),
            Question(field: Field.helped, text: Message(en: "what helped?", nl: "wat droeg bij?")),
            Question(field: Field.why, text: Message(en: "why (not) achieved?", nl: "waarom wel/niet behaald?")),
            Question(field: Field.changes, text: Message(en: "plan changes needed?", nl: "wijzigingen in het plan nodig?")),
        ]

        /// §4.4.1 "Evaluatie op de samenwerking en processtappen": "De volgende vier vragen staan
        /// hierbij centraal".
        public static let onCollaboration = [
            Question(field: Field.collaboration, text: Message(en: "how is the collaboration going?", nl: "hoe verloopt de samenwerking?")),
            Question(field: Field.tasksAsAgreed, text: Message(en: "did the parties carry out their tasks as agreed?",
                                                               nl: "hebben de partijen de taken uitgevoerd zoals afgesproken?")),
            Question(field: Field.measuresAsAgreed, text: Message(en: "were the measures and actions carried out as agreed?",
                                                                  nl: "zijn de maatregelen en acties uitgevoerd zoals afgesproken?")),
            Question(field: Field.changesReason, text: Message(en: "why were large changes to the agreed measures needed, if any?",
                                                               nl: "wat is de reden als er grote wijzigingen nodig waren in afgesproken maatregelen?")),
        ]

        /// §4.4.1: "De resultaten van de jaarlijkse evaluatie met verbeterpunten worden schriftelijk
        /// vastgelegd."
        public static let improvementPoints = Question(field: Field.improvements, text: Message(en: "improvement points", nl: "verbeterpunten"))

        /// Everything a yearly evaluation answers (§4.4.1).
        public static var yearly: [Question] { onMeasures + onCollaboration + [improvementPoints] }

        /// §4.4.2: the third-year evaluation is the yearly one "met twee extra vragen".
        public static let thirdYear = [
            Question(field: Field.goalsAchieved, text: Message(en: "which goals were (not) achieved", nl: "welke doelstellingen wel/niet behaald zijn")),
            Question(field: Field.mainReason, text: Message(en: "the main reason", nl: "de belangrijkste reden")),
        ]
    }
}
