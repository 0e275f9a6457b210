// Run by tests/test_other_generators.py, built inside the module that openapi-generator's `go` generator wrote
// (as cmd/harness): calls each job's operation against the fixture server by reflection (service `<Tag>API`,
// method `<OperationId>`, path parameters in order) and writes, as JSON, what the client read. It decides
// nothing; the test compares.
//
// usage: harness BASE_URL JOBS_JSON OUT_JSON
package main

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"os"
	"reflect"
	"regexp"
	"strings"

	openapi "github.com/GIT_USER_ID/GIT_REPO_ID"
)

type Job struct {
	ID        string            `json:"id"`
	Operation string            `json:"operation"`
	Tag       string            `json:"tag"`
	Params    map[string]string `json:"params"`
	Order     []string          `json:"order"`
	Members   []string          `json:"members"`
}

// snippet: go
// AnswerKind tells a get-task answer apart: "not_ready", "failure" or "task". The client takes the first anyOf
// member that parses (the task), so read the `type` it kept: not_ready, another string, or none.
func AnswerKind(answer json.Marshaler) string {
	raw, err := answer.MarshalJSON()
	var probe struct {
		Type *string `json:"type"`
	}
	if err != nil || json.Unmarshal(raw, &probe) != nil || probe.Type == nil {
		return "task"
	}
	if *probe.Type == "not_ready" {
		return "not_ready"
	}
	return "failure"
}

// end snippet

var words = regexp.MustCompile(`[^0-9A-Za-z]+`)

func pascal(name string) string {
	out := ""
	for _, part := range words.Split(name, -1) {
		if part != "" {
			out += strings.ToUpper(part[:1]) + part[1:]
		}
	}
	return out
}

func run(baseURL string, job Job) map[string]any {
	config := openapi.NewConfiguration()
	config.Servers = openapi.ServerConfigurations{{URL: baseURL}}
	client := openapi.NewAPIClient(config)
	service := reflect.ValueOf(client).Elem().FieldByName(pascal(job.Tag) + "API")
	args := []reflect.Value{reflect.ValueOf(context.Background())}
	for _, name := range job.Order {
		args = append(args, reflect.ValueOf(job.Params[name]))
	}
	request := service.MethodByName(pascal(job.Operation)).Call(args)[0]
	out := request.MethodByName("Execute").Call(nil)
	response, _ := out[1].Interface().(*http.Response)
	status := 0
	if response != nil {
		status = response.StatusCode
	}
	if err, failed := out[2].Interface().(error); failed && err != nil {
		var apiError *openapi.GenericOpenAPIError
		if errors.As(err, &apiError) && apiError.Model() != nil {
			return map[string]any{"status": status, "json": apiError.Model()}
		}
		return map[string]any{"crashed": err.Error()}
	}
	answer := out[0].Interface()
	result := map[string]any{"status": status, "json": answer}
	if marshaler, ok := answer.(json.Marshaler); ok {
		result["kind"] = AnswerKind(marshaler)
	}
	wrapper := out[0].Elem()
	for _, member := range job.Members { // the anyOf member the client filled in
		if field := wrapper.FieldByName(member); field.IsValid() && !field.IsNil() {
			result["variant"] = member
		}
	}
	return result
}

func main() {
	baseURL, jobsPath, outPath := os.Args[1], os.Args[2], os.Args[3]
	data, err := os.ReadFile(jobsPath)
	if err != nil {
		panic(err)
	}
	var jobs []Job
	if err := json.Unmarshal(data, &jobs); err != nil {
		panic(err)
	}
	results := []map[string]any{}
	for _, job := range jobs {
		result := run(baseURL, job)
		result["id"] = job.ID
		results = append(results, result)
	}
	encoded, err := json.Marshal(results)
	if err != nil {
		panic(err)
	}
	if err := os.WriteFile(outPath, encoded, 0o644); err != nil {
		panic(err)
	}
}
