// Run by tests/test_other_generators.py, compiled with the client that openapi-generator's `java` generator wrote
// (`--library native`: java.net.http and Jackson): calls each job's operation against the fixture server by
// reflection (class `<Tag>Api`, method `<operationId>`, path parameters in order) and writes, as JSON, what the
// client read. It decides nothing; the test compares.
//
// usage: java Harness BASE_URL JOBS_JSON OUT_JSON

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openapitools.client.ApiClient;
import org.openapitools.client.ApiException;
import org.openapitools.client.model.AbstractOpenApiSchema;

public class Harness {
  // snippet: java
  /**
   * Tells a get-task answer apart: "not_ready", "failure" or "task". The client takes the first anyOf member
   * that parses (the task), so read the `type` it kept: not_ready, another string, or none.
   */
  static String answerKind(AbstractOpenApiSchema answer) {
    JsonNode type = new ObjectMapper().valueToTree(answer.getActualInstance()).get("type");
    if (type == null || !type.isTextual()) return "task";
    return type.asText().equals("not_ready") ? "not_ready" : "failure";
  }
  // end snippet

  static String pascal(String name) {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("[^0-9A-Za-z]+")) {
      if (!part.isEmpty()) out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  static String camel(String name) {
    String joined = pascal(name);
    return Character.toLowerCase(joined.charAt(0)) + joined.substring(1);
  }

  // Java renames models whose names clash with its own (Error -> ModelError).
  static Class<?> model(String schema) throws ClassNotFoundException {
    try {
      return Class.forName("org.openapitools.client.model." + schema);
    } catch (ClassNotFoundException e) {
      return Class.forName("org.openapitools.client.model.Model" + schema);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> run(ObjectMapper mapper, String baseUrl, Map<String, Object> job) throws Exception {
    ApiClient client = new ApiClient();
    client.updateBaseUri(baseUrl);
    Class<?> apiClass = Class.forName("org.openapitools.client.api." + pascal((String) job.get("tag")) + "Api");
    Object api = apiClass.getConstructor(ApiClient.class).newInstance(client);
    List<String> order = (List<String>) job.get("order");
    Map<String, String> params = (Map<String, String>) job.get("params");
    Class<?>[] types = new Class<?>[order.size()];
    Object[] values = new Object[order.size()];
    for (int i = 0; i < order.size(); i++) {
      types[i] = String.class;
      values[i] = params.get(order.get(i));
    }
    Method method = apiClass.getMethod(camel((String) job.get("operation")) + "WithHttpInfo", types);
    Map<String, Object> result = new LinkedHashMap<>();
    try {
      Object response = method.invoke(api, values);
      Object answer = response.getClass().getMethod("getData").invoke(response);
      result.put("status", response.getClass().getMethod("getStatusCode").invoke(response));
      if (answer instanceof AbstractOpenApiSchema) {
        AbstractOpenApiSchema union = (AbstractOpenApiSchema) answer;
        result.put("variant", union.getActualInstance().getClass().getSimpleName());
        result.put("kind", answerKind(union));
        answer = union.getActualInstance();
      }
      result.put("json", mapper.valueToTree(answer));
    } catch (InvocationTargetException wrapped) {
      Throwable error = wrapped.getCause();
      if (!(error instanceof ApiException) || ((ApiException) error).getCode() < 400) throw (Exception) error;
      // Error bodies come back as text; the model of the status's schema reads them.
      ApiException apiError = (ApiException) error;
      result.put("status", apiError.getCode());
      result.put("json", mapper.valueToTree(mapper.readValue(apiError.getResponseBody(), model((String) job.get("schema")))));
    }
    return result;
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ApiClient().getObjectMapper();
    List<Map<String, Object>> jobs =
        mapper.readValue(Files.readString(Path.of(args[1])), new TypeReference<List<Map<String, Object>>>() {});
    List<Map<String, Object>> results = new ArrayList<>();
    for (Map<String, Object> job : jobs) {
      Map<String, Object> result;
      try {
        result = run(mapper, args[0], job);
      } catch (Exception error) {
        result = new LinkedHashMap<>();
        result.put("crashed", String.valueOf(error));
      }
      result.put("id", job.get("id"));
      results.add(result);
    }
    Files.writeString(Path.of(args[2]), mapper.writeValueAsString(results));
  }
}
