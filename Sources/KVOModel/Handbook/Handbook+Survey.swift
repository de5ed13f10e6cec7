extension Handbook {
    /// §4.1.1 "Enquête": the themes and their minimum blocks, and "Minimale respons".
    public enum Survey {
        /// The 12 themes and 44 subjects of §4.1.1, with each mandatory theme's minimum number of
        /// subject blocks (generated from shared/spec/themes.tsv into `ThemeCatalogue.handbook`).
        public static var themes: ThemeCatalogue { .handbook }

        /// The themes the survey must hold (§4.1.1 "verplichte thema's").
        public static var mandatoryThemes: [Theme] { themes.themes.filter(\.mandatory) }

        /// "Minimaal 20 + 3 blokken": the mandatory themes' minimum blocks added up (20) ...
        public static var minimumBlocks: Int { mandatoryThemes.map(\.minimumBlocks).reduce(0, +) }

        /// ... and the mandatory open questions (16, 23, 33: the 3).
        public static var mandatoryOpenQuestions: [Subject] { themes.subjects.filter(\.mandatoryOpenQuestion) }

        /// One band of the response table: parks with up to `upTo` entrepreneurs need `percent` %.
        public struct ResponseBand: Sendable, Equatable {
            public let upTo: Int
            public let percent: Int
        }

        /// "Minimale respons": 0–50 entrepreneurs 40 %, 51–100 30 %, 101–600 20 %. Per park, also in
        /// a cluster, and the same at first and later certifications. The last band ends at §3.1's
        /// maximum; above it the area itself is too large (KVO-3.1-MAX-ENTREPRENEURS), and the last
        /// band's percentage is used.
        public static let responseBands = [
            ResponseBand(upTo: 50, percent: 40),
            ResponseBand(upTo: 100, percent: 30),
            ResponseBand(upTo: Area.maximumEntrepreneurs, percent: 20),
        ]

        /// The minimum response in percent for a park of `entrepreneurs`.
        public static func minimumResponse(entrepreneurs: Int) -> Int {
            (responseBands.first { entrepreneurs <= $0.upTo } ?? responseBands[responseBands.count - 1]).percent
        }

        /// The responses needed: entrepreneurs × minimum, rounded up, in whole numbers only so that
        /// 30 % of 51 is 16, never 15 (50 → 20, 51 → 16, 100 → 30, 101 → 21).
        public static func requiredResponses(entrepreneurs: Int) -> Int {
            guard entrepreneurs > 0 else { return 0 }
            return (entrepreneurs * minimumResponse(entrepreneurs: entrepreneurs) + 99) / 100
        }

        /// Whether `responses` reach the minimum for `entrepreneurs`.
        public static func reached(responses: Int, entrepreneurs: Int) -> Bool {
            responses >= requiredResponses(entrepreneurs: entrepreneurs)
        }

        /// The response rate in tenths of a percent, rounded down (18 of 52 → 346, shown as 34.6 %),
        /// so that a rate just under a minimum never shows as the minimum itself.
        public static func tenthsOfPercent(responses: Int, entrepreneurs: Int) -> Int {
            guard entrepreneurs > 0 else { return 0 }
            return responses * 1000 / entrepreneurs
        }

        /// The bands' percentages as the handbook lists them: "40 %, 30 % or 20 %" / "40 %, 30 % of 20 %".
        public static var bandPercents: Message {
            let percents = responseBands.map { "\($0.percent) %" }
            return Message(en: Language.en.alternatives(percents), nl: Language.nl.alternatives(percents))
        }
    }
}
