using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Sextant.Emulator.Binance;

/// <summary>Binance error bodies, <c>{"code":-1121,"msg":"Invalid symbol."}</c>. The HTTP status for each code is not tabled in the docs; 400 is what clients commonly see (unverified), 401 for key errors.</summary>
internal static class BinanceError
{
    public static IResult Of(int code, string message, int status = 400) =>
        Results.Content(new JsonObject { ["code"] = code, ["msg"] = message }.ToJsonString(), "application/json;charset=UTF-8", statusCode: status);

    public static IResult Mandatory(string parameter) =>
        Of(-1102, $"Mandatory parameter '{parameter}' was not sent, was empty/null, or malformed.");

    public static IResult InvalidSymbol() => Of(-1121, "Invalid symbol.");

    public static IResult Filter(string name) => Of(-1013, "Filter failure: " + name);

    public static IResult BadValue(string parameter) => Of(-1100, $"Illegal characters found in parameter '{parameter}'; legal range is '^[0-9]{{1,20}}(\\.[0-9]{{1,20}})?$'.");
}
