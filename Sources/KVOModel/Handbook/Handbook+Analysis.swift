extension Handbook {
    /// §4.1.2–§4.1.4: the safety analysis's incident figures, inspections and conclusion.
    public enum Analysis {
        /// §4.1.2: police, fire brigade and municipality deliver their figures "met een terugwerkende
        /// kracht van minimaal één geheel jaar".
        public static let figuresYears = 1

        /// The last day of a whole period of figures that starts on `first`: the day before its
        /// anniversary (2024-01-01 to 2024-12-31). Figures reaching it cover a whole year.
        public static func figuresEnd(from first: Day) -> Day { first.adding(years: figuresYears).adding(days: -1) }

        /// §4.1.3 "de gezamenlijke jaarlijkse schouw": the analysis year is the year up to and
        /// including `last` (the day the analysis was concluded); its first day.
        public static func inspectionYearStart(endingOn last: Day) -> Day { last.adding(years: -1).adding(days: 1) }

        /// The analysis year when only the plan's start is known: the year before plan year 1.
        public static func inspectionYear(before planStart: Day) -> (first: Day, last: Day) {
            (planStart.adding(years: -1), planStart.adding(days: -1))
        }

        /// §4.1.3: "In het schouwrapport worden ook minimaal vijf locaties opgenomen (met foto) waar
        /// de werkgroep tevreden over is".
        public static let minimumPositiveLocations = 5

        /// kvo's guidance, NOT a handbook requirement: §4.1.4 asks for "zoveel mogelijk consensus"
        /// on the priorities and sets no measure. kvo measures agreement by Kendall's W and calls
        /// a W of 0.50 or more (in hundredths: 50) agreeing well; below it KVO-4.1.4-CONSENSUS
        /// advises, it never fails.
        public static let consensusGuidanceHundredths = 50
    }
}
