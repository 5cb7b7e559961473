package id.aduan.core.desk;

import id.aduan.core.language.Phrase;
import id.aduan.core.reply.ReplyMethod;
import id.aduan.core.reply.TemplateKey;
import id.aduan.core.workflow.InvalidAction;

/** A reply staff want sent: how, and either a template to fill or their own text. */
public record ReplyRequest(ReplyMethod method, TemplateKey template, String text) {
    public ReplyRequest {
        if (method == null) {
            throw new InvalidAction("method", Phrase.of("error.reply.methodRequired"));
        }
        text = text == null || text.isBlank() ? null : text.strip();
        if ((template == null) == (text == null)) {
            throw new InvalidAction(template == null ? "text" : "template", Phrase.of("error.reply.templateOrText"));
        }
    }
}
