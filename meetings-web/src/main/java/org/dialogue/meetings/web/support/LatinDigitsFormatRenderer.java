package org.dialogue.meetings.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.ValueHolder;
import jakarta.faces.component.html.HtmlOutputFormat;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialogue.meetings.domain.shared.LocalFormats;

/**
 * Renders {@code h:outputFormat} as the standard renderer does, but fills in the parameters with Latin digits
 * ({@link LocalFormats}): the standard one formats with the page's locale, which writes an Arabic page's counts and
 * durations in Arabic-Indic digits beside the Latin digits of its times and dates. The text is escaped unless
 * {@code escape="false"}, in a span when the page gives the component an id, a class, a style, a title, a direction or
 * a language. Registered in faces-config.xml in place of the standard renderer.
 */
public class LatinDigitsFormatRenderer extends Renderer<UIComponent> {

    /** The attributes that give the text a span of its own (their HTML names: "class" for styleClass). */
    private static final List<String> SPAN_ATTRIBUTES = List.of("styleClass", "style", "title", "dir", "lang");

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // the f:param children are the message's values, read in encodeEnd; nothing of theirs is rendered
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        Object value = ((ValueHolder) component).getValue();
        String pattern = value == null ? "" : value.toString();
        List<Object> parameters = new ArrayList<>();
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UIParameter parameter && !parameter.isDisable()) {
                parameters.add(parameter.getValue());
            }
        }
        // like the standard renderer: a message without parameters is shown as written
        String text = parameters.isEmpty() ? pattern
                : LocalFormats.message(pattern, context.getViewRoot().getLocale(), parameters.toArray());

        ResponseWriter writer = context.getResponseWriter();
        boolean ownId = component.getId() != null && !component.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
        Map<String, Object> attributes = component.getAttributes();
        boolean span = ownId || SPAN_ATTRIBUTES.stream().anyMatch(name -> attributes.get(name) != null);
        if (span) {
            writer.startElement("span", component);
            if (ownId) {
                writer.writeAttribute("id", component.getClientId(context), "id");
            }
            for (String name : SPAN_ATTRIBUTES) {
                Object attributeValue = attributes.get(name);
                if (attributeValue != null) {
                    writer.writeAttribute("styleClass".equals(name) ? "class" : name, attributeValue, name);
                }
            }
        }
        if (component instanceof HtmlOutputFormat format && !format.isEscape()) {
            writer.write(text);
        } else {
            writer.writeText(text, component, "value");
        }
        if (span) {
            writer.endElement("span");
        }
    }
}
