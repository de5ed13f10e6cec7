extension Handbook {
    /// §3.1 and §3.1.1: how large a KVO area and a cluster may be.
    public enum Area {
        /// §3.1: "maximaal 600 ondernemers", summed over the parks of a cluster.
        public static let maximumEntrepreneurs = 600

        /// §3.1.1: a cluster has at most 4 parks ("maximaal vier bedrijventerreinen").
        public static let maximumClusterParks = 4

        /// Whether an area of this many entrepreneurs may be one KVO area (§3.1).
        public static func allows(entrepreneurs: Int) -> Bool { entrepreneurs <= maximumEntrepreneurs }

        /// Whether a cluster of this many parks is allowed (§3.1.1).
        public static func allows(clusterParks parks: Int) -> Bool { parks <= maximumClusterParks }
    }
}
