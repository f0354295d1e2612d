// An SVG path writer for d3-geo that quantises as it goes: points snap to a whole user unit,
// repeats are dropped, rings that collapse are left out, and moves are written as short relative
// steps, which keeps a map's outlines to a few kilobytes.
export class CompactPath {
  private out = "";
  private ring: [number, number][] = [];

  moveTo(x: number, y: number): void {
    this.flush();
    this.ring.push([Math.round(x), Math.round(y)]);
  }

  lineTo(x: number, y: number): void {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = this.ring.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) this.ring.push(point);
  }

  closePath(): void {
    this.flush();
  }

  /** geoPath draws points as arcs; maps draw their dots themselves, so points are ignored. */
  arc(): void {}

  beginPath(): void {}

  /** The path data so far. */
  result(): string {
    this.flush();
    return this.out;
  }

  private flush(): void {
    const ring = this.ring;
    this.ring = [];
    if (ring.length < 3) return; // a ring snapped to a dot or a line has no area to show
    let [x, y] = ring[0]!;
    let path = `M${x},${y}l`;
    for (let index = 1; index < ring.length; index++) {
      const [nx, ny] = ring[index]!;
      path += `${index > 1 ? separated(nx - x) : String(nx - x)}${separated(ny - y)}`;
      [x, y] = [nx, ny];
    }
    this.out += `${path}z`;
  }
}

/** A number written after another: a minus sign separates it by itself, anything else needs a comma. */
function separated(value: number): string {
  return value < 0 ? String(value) : `,${value}`;
}
