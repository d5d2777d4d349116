{{/* The release's name for a service's objects, e.g. "desk-intake-service". */}}
{{- define "incident-desk.fullname" -}}
{{- printf "%s-%s" .root.Release.Name .service | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* A service's settings: the defaults, overridden by its own entry. */}}
{{- define "incident-desk.service" -}}
{{- $own := index .root.Values.services .service | default dict -}}
{{- toYaml (mergeOverwrite (deepCopy .root.Values.serviceDefaults) (deepCopy $own)) -}}
{{- end -}}

{{- define "incident-desk.selectorLabels" -}}
app.kubernetes.io/name: {{ .service }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "incident-desk.labels" -}}
{{ include "incident-desk.selectorLabels" . }}
app.kubernetes.io/part-of: incident-desk
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{- define "incident-desk.image" -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .service (.root.Values.image.tag | default .root.Chart.AppVersion) -}}
{{- end -}}

{{/* The in-cluster URL of a service, for the calls one service makes to another. */}}
{{- define "incident-desk.url" -}}
{{- printf "http://%s" (include "incident-desk.fullname" .) -}}
{{- end -}}
