// What a map shows, as plain data the page views compute: the countries to mark and the arrows
// between them. Geometry is added only when the map is drawn.
export interface MapCountry {
  id: string;
  name: string;
  /** `focus`: the page's own country, or the host of this visit; `involved`: every other one. */
  role: "focus" | "involved";
}

export interface MapArrow {
  from: string;
  to: string;
  /** Visits along this arrow: its line is drawn wider the more there are. */
  visits: number;
  /** The leg of a trip this page is about, drawn strongest. */
  current: boolean;
}

export interface MapSpec {
  /** `<title>`: what the map is of. */
  title: string;
  /** `<desc>`: what it shows, in a sentence; the table beside it has the details. */
  description: string;
  countries: MapCountry[];
  arrows: MapArrow[];
}
