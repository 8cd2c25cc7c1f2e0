/** A one-line progress bar on stderr (redrawn in place on a terminal, every 10 % otherwise). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): (done: number, total: number, label: string) => void {
  let lastTenth = -1;
  return (done, total, label) => {
    const fraction = total === 0 ? 1 : Math.min(1, done / total);
    const width = 30;
    const filled = Math.round(fraction * width);
    const line = `${label.padEnd(28)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${line}${fraction >= 1 ? '\n' : ''}`);
    } else {
      const tenth = Math.floor(fraction * 10);
      if (tenth !== lastTenth) stream.write(line + '\n');
      lastTenth = tenth;
    }
  };
}
