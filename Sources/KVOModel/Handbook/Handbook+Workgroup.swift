extension Handbook {
    /// §3.2: the workgroup's composition in the start phase.
    public enum Workgroup {
        /// §3.2 (footnote **): where neither an entrepreneurs' association nor a representing
        /// organisation exists yet (start phase), "zal dan binnen één jaar een ondernemersvereniging
        /// moeten worden opgericht".
        public static let startPhaseYears = 1

        /// The day by which the association (or the agreement) must exist: the trajectory's start
        /// plus one year. A recorded earlier deadline counts instead (KVO-3.2-ENTREPRENEURS).
        public static func startPhaseDeadline(started: Day) -> Day { started.adding(years: startPhaseYears) }
    }
}
