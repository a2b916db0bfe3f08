import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The PNG chart of bench/run (not part of the Maven build: bench/run compiles it with the
 * harness). Java2D and ImageIO only, so the chart needs neither gnuplot nor a library.
 *
 * <pre>
 * java -Djava.awt.headless=true Chart results.tsv chart.png TITLE
 * </pre>
 *
 * The TSV's first line names the series (implementations), each later line is a program
 * followed by one ratio per series (an empty cell: no bar). Draws grouped horizontal bars on
 * a logarithmic axis with a line at 1 (parity with the reference), since the ratios span
 * from about 0.01 (C) to about 10.
 */
public final class Chart {
  private Chart() {}

  private static final Color[] COLORS = {
    new Color(0x8c8c8c), new Color(0x2ca02c), new Color(0x1f77b4), new Color(0xff7f0e),
    new Color(0xd62728), new Color(0x9467bd),
  };

  public static void main(String[] args) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    String[] series = lines.get(0).split("\t", -1);
    List<String> programs = new ArrayList<>();
    List<double[]> values = new ArrayList<>();
    double min = 1, max = 1;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      programs.add(cells[0]);
      double[] v = new double[series.length - 1];
      for (int i = 1; i < series.length; i++) {
        v[i - 1] = i < cells.length && !cells[i].isEmpty() ? Double.parseDouble(cells[i]) : Double.NaN;
        if (!Double.isNaN(v[i - 1]) && v[i - 1] > 0) {
          min = Math.min(min, v[i - 1]);
          max = Math.max(max, v[i - 1]);
        }
      }
      values.add(v);
    }
    int nSeries = series.length - 1;
    double lo = Math.floor(Math.log10(min)), hi = Math.ceil(Math.log10(max));
    if (hi <= lo) hi = lo + 1;
    int bar = 7, gap = 10, left = 190, right = 40, top = 60;
    int rowHeight = nSeries * bar + gap;
    int plotHeight = programs.size() * rowHeight;
    int width = 1100, height = top + plotHeight + 70;
    int plotWidth = width - left - right;
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.drawString(args.length > 2 ? args[2] : "", left, 22);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    // the legend
    int lx = left;
    for (int s = 0; s < nSeries; s++) {
      g.setColor(COLORS[s % COLORS.length]);
      g.fillRect(lx, 32, 12, 10);
      g.setColor(Color.BLACK);
      g.drawString(series[s + 1], lx + 16, 42);
      lx += 30 + g.getFontMetrics().stringWidth(series[s + 1]);
    }
    // the decades of the log axis
    for (double d = lo; d <= hi; d++) {
      int x = left + (int) Math.round((d - lo) / (hi - lo) * plotWidth);
      g.setColor(d == 0 ? Color.BLACK : new Color(0xdddddd));
      g.setStroke(new BasicStroke(d == 0 ? 1.5f : 1f));
      g.drawLine(x, top, x, top + plotHeight);
      g.setColor(Color.BLACK);
      String label = d >= 0 ? String.format("%.0f×", Math.pow(10, d)) : String.format("%s×", Math.pow(10, d));
      g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, top + plotHeight + 16);
    }
    g.drawString("faster than CPython 3.13  ←  1×  →  slower", left + plotWidth / 2 - 110, top + plotHeight + 40);
    for (int p = 0; p < programs.size(); p++) {
      int y0 = top + p * rowHeight;
      g.setColor(Color.BLACK);
      String name = programs.get(p);
      g.drawString(name, left - 8 - g.getFontMetrics().stringWidth(name), y0 + rowHeight / 2 + 2);
      int zero = left + (int) Math.round((0 - lo) / (hi - lo) * plotWidth);
      for (int s = 0; s < nSeries; s++) {
        double v = values.get(p)[s];
        if (Double.isNaN(v) || v <= 0) continue;
        int x = left + (int) Math.round((Math.log10(v) - lo) / (hi - lo) * plotWidth);
        g.setColor(COLORS[s % COLORS.length]);
        g.fillRect(Math.min(zero, x), y0 + s * bar, Math.max(1, Math.abs(x - zero)), bar - 1);
      }
    }
    g.dispose();
    ImageIO.write(img, "png", new File(args[1]));
  }
}
