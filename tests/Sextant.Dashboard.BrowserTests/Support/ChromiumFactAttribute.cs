namespace Sextant.Dashboard.BrowserTests.Support;

/// <summary>A fact that runs only where Debian's chromium is installed (<c>apt-get install -y chromium</c>; .ci/run does it), and otherwise skips saying so.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null)
        {
            Skip = "chromium not found on PATH (nor in $SEXTANT_CHROMIUM): install it with 'apt-get install -y chromium' to run the browser tests";
        }
    }
}

/// <summary>Finds the chromium executable the way <c>which chromium</c> does; $SEXTANT_CHROMIUM overrides.</summary>
public static class Chromium
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("SEXTANT_CHROMIUM") is { Length: > 0 } given && File.Exists(given))
        {
            return given;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = System.IO.Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
