package id.aduan.local.cost;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a monthly bill as Markdown: its lines, biggest first, the total, and what it assumed. */
public final class CostReport {

    private CostReport() {
    }

    public static void print(MonthlyBill bill, Usage usage, MeasuredWork work, PriceTable prices, PrintStream out) {
        out.printf(Locale.ROOT, "Aduan's monthly AWS bill for %,.0f complaints a month in %s (%s), USD%n%n",
                usage.complaints(), prices.name(), prices.region());
        out.println("| service | what | quantity | USD a month |");
        out.println("|---|---|---|---|");
        for (var line : bill.lines()) {
            out.printf(Locale.ROOT, "| %s | %s | %s %s | %.2f |%n", line.service(), line.what(),
                    quantity(line.quantity()), line.unit(), line.dollars());
        }
        out.printf(Locale.ROOT, "| **total** | | | **%.2f** |%n%n", bill.total());
        out.println("Assumed:");
        usage.describe().forEach((what, value) -> out.println("- " + what + ": " + value));
        out.println();
        out.println("Work measured on " + work.measuredOn() + " by bench/cost-inputs.sh; prices read " + prices.read()
                + " (" + prices.source() + ").");
    }

    private static String quantity(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
