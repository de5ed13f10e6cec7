extension Handbook {
    /// §1.5 "Overgangsregeling": which version of the handbook applies (in force 1 March 2024).
    public enum Version {
        /// This handbook's version.
        public static let current = "4.0"
        /// The version an earlier trajectory may still be assessed under.
        public static let previous = "3.1"
        /// Version 4.0 applies to trajectories started on or after 1 March 2024.
        public static let inForce = Day(year: 2024, month: 3, day: 1)!
        /// A trajectory started earlier may be assessed under 3.1 if audited by 28 February 2025.
        public static let transitionEnd = Day(year: 2025, month: 2, day: 28)!
    }
}
