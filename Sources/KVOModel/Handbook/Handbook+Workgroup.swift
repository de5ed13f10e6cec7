extension Handbook {
    /// §3.2 and §3.4: the workgroup's composition in the start phase, and how often it meets.
    public enum Workgroup {
        /// §3.2 (footnote **): where neither an entrepreneurs' association nor a representing
        /// organisation exists yet (start phase), "zal dan binnen één jaar een ondernemersvereniging
        /// moeten worden opgericht".
        public static let startPhaseYears = 1

        /// The day by which the association (or the agreement) must exist: the trajectory's start
        /// plus one year. A recorded earlier deadline counts instead (KVO-3.2-ENTREPRENEURS).
        public static func startPhaseDeadline(started: Day) -> Day { started.adding(years: startPhaseYears) }

        /// §3.4 "Aantal bijeenkomsten van de KVO-werkgroep per jaar (minimaal 3)" and §4.3.1 "De
        /// KVO-werkgroep komt minimaal 3 x per jaar voor een werkgroep overleg bij elkaar".
        public static let minimumMeetingsPerYear = 3

        /// Whether an agreed number of meetings per year is enough (§3.4).
        public static func allows(meetingsPerYear meetings: Int) -> Bool { meetings >= minimumMeetingsPerYear }
    }
}
