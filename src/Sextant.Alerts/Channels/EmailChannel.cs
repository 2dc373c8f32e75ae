using System.Net;
using System.Net.Mail;

namespace Sextant.Alerts.Channels;

/// <summary>E-mail over SMTP (System.Net.Mail): STARTTLS unless <c>smtp_tls: false</c>, login when <c>smtp_user</c> is set (password from <c>token_env</c>).</summary>
internal sealed class EmailChannel(string host, int port, bool tls, string from, IReadOnlyList<string> to, NetworkCredential? credential) : IAlertChannel
{
    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        using var message = new MailMessage
        {
            From = new MailAddress(from),
            Subject = "[sextant] " + alert.Title,
            Body = alert.Text + "\n\n" + string.Join("\n", alert.Fields.Select(f => $"{f.Key}: {f.Value}")),
            IsBodyHtml = false,
        };
        foreach (var recipient in to)
        {
            message.To.Add(recipient);
        }

        using var client = new SmtpClient(host, port)
        {
            EnableSsl = tls,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Credentials = credential,
        };
        await client.SendMailAsync(message, cancellationToken).ConfigureAwait(false);
    }
}
