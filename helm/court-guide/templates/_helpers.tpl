{{/*
Chart name (nameOverride or the chart's name), 63 characters at most.
*/}}
{{- define "court-guide.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name: fullnameOverride, or <release>-<name> (just <release> when it
already contains the name). 63 characters at most (DNS label).
*/}}
{{- define "court-guide.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart label value: <name>-<version>.
*/}}
{{- define "court-guide.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "court-guide.labels" -}}
helm.sh/chart: {{ include "court-guide.chart" . }}
{{ include "court-guide.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | trunc 63 | trimSuffix "-" | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: court-guide
{{- end }}

{{/*
Selector labels shared by every pod of the release (web and ingest).
*/}}
{{- define "court-guide.selectorLabels" -}}
app.kubernetes.io/name: {{ include "court-guide.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Selector labels of the web pods only: the Service, PDB, HPA target and anti-affinity must
never match the ingest Job's pods (they serve no HTTP).
*/}}
{{- define "court-guide.webSelectorLabels" -}}
{{ include "court-guide.selectorLabels" . }}
app.kubernetes.io/component: web
{{- end }}

{{/*
Service account name.
*/}}
{{- define "court-guide.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "court-guide.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image reference (digest wins over tag; tag defaults to appVersion).
*/}}
{{- define "court-guide.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}
{{- end }}

{{/*
Container env: the credentials from the pre-existing Secret (by name, key by key) and extraEnv.
No secret value ever passes through the chart.
*/}}
{{- define "court-guide.env" -}}
{{- range $key, $ref := .Values.secretKeys }}
- name: {{ $key }}
  valueFrom:
    secretKeyRef:
      name: {{ $.Values.existingSecret }}
      key: {{ $key }}
      optional: {{ $ref.optional }}
{{- end }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
envFrom: the chart's ConfigMap.
*/}}
{{- define "court-guide.envFrom" -}}
- configMapRef:
    name: {{ include "court-guide.fullname" . }}
{{- end }}

{{/*
Writable volumes (the root filesystem is read-only).
*/}}
{{- define "court-guide.volumes" -}}
- name: data
  emptyDir:
    {{- with .Values.volumes.dataSizeLimit }}
    sizeLimit: {{ . }}
    {{- end }}
- name: tmp
  emptyDir:
    {{- with .Values.volumes.tmpSizeLimit }}
    sizeLimit: {{ . }}
    {{- end }}
{{- end }}

{{- define "court-guide.volumeMounts" -}}
- name: data
  mountPath: {{ .Values.config.dataDir }}
- name: tmp
  mountPath: /tmp
{{- end }}

{{/*
Pod spec of the ingest run (hook Job and optional CronJob).
*/}}
{{- define "court-guide.ingestPodSpec" -}}
serviceAccountName: {{ include "court-guide.serviceAccountName" . }}
automountServiceAccountToken: false
restartPolicy: Never
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.priorityClassName }}
priorityClassName: {{ . }}
{{- end }}
securityContext:
  {{- toYaml .Values.podSecurityContext | nindent 2 }}
containers:
  - name: reindex
    image: {{ include "court-guide.image" . }}
    imagePullPolicy: {{ .Values.image.pullPolicy }}
    args:
      {{- toYaml .Values.ingestJob.args | nindent 6 }}
    envFrom:
      {{- include "court-guide.envFrom" . | nindent 6 }}
    env:
      {{- include "court-guide.env" . | trim | nindent 6 }}
    securityContext:
      {{- toYaml .Values.securityContext | nindent 6 }}
    resources:
      {{- toYaml (.Values.ingestJob.resources | default .Values.resources) | nindent 6 }}
    volumeMounts:
      {{- include "court-guide.volumeMounts" . | nindent 6 }}
volumes:
  {{- include "court-guide.volumes" . | nindent 2 }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/*
True ("true") when more than one web replica can exist; a PDB on a single replica blocks drains.
*/}}
{{- define "court-guide.multiReplica" -}}
{{- if .Values.autoscaling.enabled }}
{{- if gt (int .Values.autoscaling.minReplicas) 1 }}true{{ end }}
{{- else }}
{{- if gt (int .Values.replicaCount) 1 }}true{{ end }}
{{- end }}
{{- end }}
