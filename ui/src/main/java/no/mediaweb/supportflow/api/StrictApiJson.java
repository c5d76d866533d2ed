package no.mediaweb.supportflow.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.lang.Nullable;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API's request bodies are read strictly: a value of the wrong JSON type is refused, not
 * converted — no number or boolean as text, no number, blank-padded name or empty string as an
 * enum, no fraction as a whole number, no empty string as an object — as are trailing content and
 * a repeated field. Only the API's own request types are read this way; answers, Vaadin and the
 * Camunda client's variables keep Spring's {@link ObjectMapper}, which is left unchanged.
 */
@Configuration(proxyBeanMethods = false)
class StrictApiJson implements WebMvcConfigurer {

  private final ObjectMapper strict;

  StrictApiJson(ObjectMapper json) {
    this.strict = strict(json);
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    converters.addFirst(new RequestConverter(strict));
  }

  /** A copy of {@code json} that refuses every coercion between JSON types. */
  static ObjectMapper strict(ObjectMapper json) {
    ObjectMapper strict = json.copy();
    strict.enable(
        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
        DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    strict.disable(
        DeserializationFeature.ACCEPT_FLOAT_AS_INT,
        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
        DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
        DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
        DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT);
    strict.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    for (CoercionInputShape shape : CoercionInputShape.values()) {
      strict.coercionConfigDefaults().setCoercion(shape, CoercionAction.Fail);
    }
    strict.coercionConfigDefaults().setAcceptBlankAsEmpty(false);
    // reading a string as text is no coercion; these make sure no other scalar is read as one
    strict.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    strict.registerModule(new SimpleModule("strict-api-enums").setDeserializerModifier(new ExactEnums()));
    return strict;
  }

  /** Reads the API's request types, and nothing else; writes nothing. */
  static final class RequestConverter extends MappingJackson2HttpMessageConverter {

    RequestConverter(ObjectMapper strict) {
      super(strict);
    }

    @Override
    public boolean canRead(Class<?> clazz, @Nullable MediaType mediaType) {
      return isApiType(clazz) && super.canRead(clazz, mediaType);
    }

    @Override
    public boolean canRead(Type type, @Nullable Class<?> contextClass, @Nullable MediaType mediaType) {
      return type instanceof Class<?> clazz && isApiType(clazz) && super.canRead(type, contextClass, mediaType);
    }

    @Override
    public boolean canWrite(Class<?> clazz, @Nullable MediaType mediaType) {
      return false;
    }

    @Override
    public boolean canWrite(@Nullable Type type, Class<?> clazz, @Nullable MediaType mediaType) {
      return false;
    }

    private static boolean isApiType(Class<?> clazz) {
      return clazz.getPackageName().equals(StrictApiJson.class.getPackageName());
    }
  }

  /** An enum is a JSON string naming a constant exactly: Jackson would otherwise trim {@code "LOW "} to LOW. */
  private static final class ExactEnums extends BeanDeserializerModifier {
    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(
        DeserializationConfig config, JavaType type, BeanDescription description, JsonDeserializer<?> deserializer) {
      return new ExactEnum(deserializer);
    }
  }

  private static final class ExactEnum extends DelegatingDeserializer {

    ExactEnum(JsonDeserializer<?> delegate) {
      super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new ExactEnum(delegate);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return ctxt.handleUnexpectedToken(handledType(), p);
      }
      String text = p.getText();
      if (!text.equals(text.strip())) {
        return ctxt.handleWeirdStringValue(handledType(), text, "not one of the values accepted for Enum class");
      }
      return super.deserialize(p, ctxt);
    }
  }
}
